import { Controller, Get } from '@nestjs/common';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { LawCatalogueQuery } from './queries/law-catalogue';

/** The law catalogue charges cite: internal API, only the gateway calls it. */
@Controller('internal/prosecution')
export class LawsController {
  constructor(private readonly lawCatalogue: LawCatalogueQuery) {}

  @Get('laws')
  laws(@CurrentActor() actor: Actor) {
    return this.lawCatalogue.execute(actor);
  }
}

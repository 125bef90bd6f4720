import { Controller, Get } from '@nestjs/common';
import type { QuarantinePage } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { QuarantineList } from './queries/quarantine-list';

/** The quarantine: internal API, only the gateway calls it. */
@Controller('internal/exchange/quarantine')
export class IncomingController {
  constructor(private readonly quarantineList: QuarantineList) {}

  @Get()
  list(@CurrentActor() actor: Actor): Promise<QuarantinePage> {
    return this.quarantineList.execute(actor);
  }
}

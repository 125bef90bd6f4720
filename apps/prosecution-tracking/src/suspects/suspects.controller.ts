import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { SuspectRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { AddSuspect } from './commands/add-suspect';

const UUID = new ParseUUIDPipe();

/** Suspects of an investigation: internal API, only the gateway calls it. */
@Controller('internal/prosecution')
export class SuspectsController {
  constructor(private readonly addSuspect: AddSuspect) {}

  @Post('investigations/:id/suspects')
  @HttpCode(201)
  add(@Param('id', UUID) id: string, @Body() body: SuspectRequest, @CurrentActor() actor: Actor) {
    return this.addSuspect.execute(id, body, actor);
  }
}

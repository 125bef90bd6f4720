import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { FollowUpOutcomeRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { RecordFollowUpOutcome } from './commands/record-follow-up-outcome';

const UUID = new ParseUUIDPipe();

/** Outcomes of follow-ups: internal API, only the gateway calls it. */
@Controller('internal/protection')
export class FollowUpsController {
  constructor(private readonly recordOutcome: RecordFollowUpOutcome) {}

  @Post('cases/:caseId/follow-ups/:followUpId')
  @HttpCode(201)
  record(
    @Param('caseId', UUID) caseId: string,
    @Param('followUpId', UUID) followUpId: string,
    @Body() body: FollowUpOutcomeRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.recordOutcome.execute(caseId, followUpId, body, actor);
  }
}

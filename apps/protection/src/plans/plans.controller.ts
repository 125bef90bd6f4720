import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { NeedsAssessmentRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { AssessNeeds } from './commands/assess-needs';

const UUID = new ParseUUIDPipe();

/** The service plan of a case: internal API, only the gateway calls it. */
@Controller('internal/protection')
export class PlansController {
  constructor(private readonly assessNeeds: AssessNeeds) {}

  @Post('cases/:caseId/needs-assessments')
  @HttpCode(201)
  assess(
    @Param('caseId', UUID) caseId: string,
    @Body() body: NeedsAssessmentRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.assessNeeds.execute(caseId, body, actor);
  }
}

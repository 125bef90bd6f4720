import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  DecisionRequest,
  DecisionReviewRequest,
  PalermoTestRequest,
  ReconsiderationRequest,
  RecoveryExtensionRequest,
} from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { CASE_ID } from '../screening/case-id.pipe';
import { ExtendRecoveryPeriod } from './commands/extend-recovery-period';
import { RecordFinalDecision } from './commands/record-final-decision';
import { RecordPalermoTest } from './commands/record-palermo-test';
import { RecordPreliminaryDecision } from './commands/record-preliminary-decision';
import { RequestReconsideration } from './commands/request-reconsideration';
import { ReviewFinalDecision } from './commands/review-final-decision';

/** Internal API; only the gateway calls it. The competent authority's decisions on a screening. */
@Controller('internal/screenings')
export class DecisionsController {
  constructor(
    private readonly preliminaryDecision: RecordPreliminaryDecision,
    private readonly recoveryExtension: ExtendRecoveryPeriod,
    private readonly finalDecision: RecordFinalDecision,
    private readonly finalReview: ReviewFinalDecision,
    private readonly reconsideration: RequestReconsideration,
    private readonly palermoTest: RecordPalermoTest,
  ) {}

  @Post(':caseId/preliminary-decision')
  @HttpCode(201)
  preliminary(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: DecisionRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.preliminaryDecision.execute(caseId, body, actor);
  }

  @Post(':caseId/recovery-period/extensions')
  @HttpCode(201)
  extend(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: RecoveryExtensionRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.recoveryExtension.execute(caseId, body, actor);
  }

  @Post(':caseId/final-decision')
  @HttpCode(201)
  final(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: DecisionRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.finalDecision.execute(caseId, body, actor);
  }

  @Post(':caseId/final-decision/review')
  @HttpCode(201)
  review(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: DecisionReviewRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.finalReview.execute(caseId, body, actor);
  }

  @Post(':caseId/reconsideration')
  @HttpCode(201)
  reconsider(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: ReconsiderationRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.reconsideration.execute(caseId, body, actor);
  }

  @Post(':caseId/palermo-test')
  @HttpCode(201)
  palermo(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: PalermoTestRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.palermoTest.execute(caseId, body, actor);
  }
}

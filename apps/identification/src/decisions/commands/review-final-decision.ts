import { Injectable } from '@nestjs/common';
import type { DecisionReviewRequest, ScreeningStatusResponse } from '@nrm/api-contracts';
import { DataKeyring } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { ScreeningRepository, lifecycleState } from '../../screening/screening.repository';
import { DecisionRecorder } from '../decision-recorder';
import { DecisionRepository } from '../decision.repository';
import { ScreeningChange } from '../screening-change';
import { reviewNegativeFinal } from '../screening-lifecycle';
import { Routes } from '@nrm/api-contracts';

/** A second reviewer approves a negative final decision (then announced) or sends it back. */
@Injectable()
export class ReviewFinalDecision {
  constructor(
    private readonly change: ScreeningChange,
    private readonly recorder: DecisionRecorder,
    private readonly screenings: ScreeningRepository,
    private readonly decisions: DecisionRepository,
    private readonly keyring: DataKeyring,
  ) {}

  execute(
    caseId: string,
    request: DecisionReviewRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<ScreeningStatusResponse> {
    permit(actor, Routes.reviewFinalDecision);
    return this.change.run(caseId, actor, now, true, async ({ manager, row }) => {
      const next = reviewNegativeFinal(lifecycleState(row), request.approve, actor.userId);
      const decision = await this.decisions.pendingReview(manager, row.case_id);
      await this.decisions.recordReview(manager, decision.decision_id, {
        review: request.approve ? 'approved' : 'sent_back',
        reviewedBy: actor.userId,
        at: now,
        noteSealed: request.note
          ? (await this.keyring.sealerFor(manager, row.case_id)).seal(request.note)
          : null,
      });
      await this.screenings.change(manager, row.case_id, {
        status: next,
        pending_final_decided_by: null,
        updated_at: now,
      });
      if (request.approve)
        await this.recorder.announceFinal(
          manager,
          row,
          'not_confirmed',
          actor,
          now,
          decision.reconsideration,
        );
      return next;
    });
  }
}

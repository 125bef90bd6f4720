import { Injectable } from '@nestjs/common';
import type { DecisionRequest, ScreeningStatusResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { DeadlineRepository } from '../../deadlines/deadline.repository';
import { ScreeningRepository, lifecycleState } from '../../screening/screening.repository';
import { DecisionRecorder } from '../decision-recorder';
import { ScreeningChange } from '../screening-change';
import { finalDecision } from '../screening-lifecycle';
import { Routes } from '@nrm/api-contracts';

/**
 * The conclusive-grounds decision. A positive one is announced at once; a negative one waits for a
 * second reviewer (ReviewFinalDecision).
 */
@Injectable()
export class RecordFinalDecision {
  constructor(
    private readonly change: ScreeningChange,
    private readonly recorder: DecisionRecorder,
    private readonly screenings: ScreeningRepository,
    private readonly deadlines: DeadlineRepository,
  ) {}

  execute(
    caseId: string,
    request: DecisionRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<ScreeningStatusResponse> {
    permit(actor, Routes.recordFinalDecision);
    return this.change.run(caseId, actor, now, true, async ({ manager, row, policy, today }) => {
      const reconsideration = row.status === 'reconsidering_final';
      const next = finalDecision(
        lifecycleState(row),
        request.outcome,
        today.toString(),
        policy.finalDecisionBeforeRecoveryEnds,
      );
      await this.recorder.record(manager, row, 'final', request, actor, now, reconsideration);
      if (reconsideration) await this.deadlines.meet(manager, row.case_id, 'reconsideration');
      await this.screenings.change(manager, row.case_id, {
        status: next,
        pending_final_decided_by: request.outcome === 'negative' ? actor.userId : null,
        updated_at: now,
      });
      if (request.outcome === 'positive') {
        await this.recorder.announceFinal(manager, row, 'confirmed', actor, now, reconsideration);
      }
      return next;
    });
  }
}

import { Injectable } from '@nestjs/common';
import { LocalDate } from '@nrm/calendar';
import type { DecisionRequest, ScreeningStatusResponse } from '@nrm/api-contracts';
import { PreliminaryDecisionRecorded, RecoveryPeriodStarted } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { DeadlineRepository } from '../../deadlines/deadline.repository';
import { ScreeningRepository, lifecycleState } from '../../screening/screening.repository';
import { DecisionRecorder } from '../decision-recorder';
import { ScreeningChange } from '../screening-change';
import { preliminaryDecision } from '../screening-lifecycle';
import { Routes } from '@nrm/api-contracts';

/**
 * The reasonable-grounds decision: a positive one starts the recovery period. Meets the preliminary
 * deadline (or, on reconsideration, the reconsideration's) and says whether it was within target.
 */
@Injectable()
export class RecordPreliminaryDecision {
  constructor(
    private readonly change: ScreeningChange,
    private readonly recorder: DecisionRecorder,
    private readonly screenings: ScreeningRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(
    caseId: string,
    request: DecisionRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<ScreeningStatusResponse> {
    permit(actor, Routes.recordPreliminaryDecision);
    return this.change.run(caseId, actor, now, true, async ({ manager, row, policy, today }) => {
      const reconsideration = row.status === 'reconsidering_preliminary';
      const next = preliminaryDecision(lifecycleState(row), request.outcome);
      await this.recorder.record(manager, row, 'preliminary', request, actor, now, reconsideration);
      const met = await this.deadlines.meet(
        manager,
        row.case_id,
        reconsideration ? 'reconsideration' : 'preliminary_decision',
      );
      let recoveryEndsOn: string | null = null;
      if (request.outcome === 'positive') {
        recoveryEndsOn = today.plusDays(policy.recoveryPeriodDays).toString();
        await this.deadlines.scheduleRecoveryEnd(manager, row.case_id, recoveryEndsOn);
        await this.outbox.append(manager, RecoveryPeriodStarted, {
          subject: row.case_id,
          time: now,
          data: {
            caseId: row.case_id,
            startsOn: today.toString(),
            endsOn: recoveryEndsOn,
            days: policy.recoveryPeriodDays,
          },
        });
      }
      await this.screenings.change(manager, row.case_id, {
        status: next,
        recovery_ends_on: recoveryEndsOn,
        recovery_starts_on: recoveryEndsOn ? today.toString() : null,
        updated_at: now,
      });
      await this.outbox.append(manager, PreliminaryDecisionRecorded, {
        subject: row.case_id,
        time: now,
        data: {
          caseId: row.case_id,
          caseReference: row.case_reference,
          outcome: request.outcome,
          decidedAt: now.toISOString(),
          decidedByAgencyId: actor.agencyId,
          referringAgencyId: row.referring_agency_id,
          withinTarget: met === undefined || !LocalDate.parse(met).isBefore(today),
          reconsideration,
        },
      });
      return next;
    });
  }
}

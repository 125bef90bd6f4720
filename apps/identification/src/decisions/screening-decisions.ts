import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { LocalDate } from '@nrm/calendar';
import type {
  DecisionRequest,
  DecisionReviewRequest,
  PalermoTestRequest,
  ReconsiderationRequest,
  RecoveryExtensionRequest,
} from '@nrm/api-contracts';
import {
  FinalDecisionRecorded,
  PreliminaryDecisionRecorded,
  ReconsiderationDecided,
  ReconsiderationRequested,
  RecoveryPeriodEnded,
  RecoveryPeriodExtended,
  RecoveryPeriodStarted,
} from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { DataKeyring } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { CaseInvolvement } from '@nrm/case-involvement';
import { ProblemException, requireRole } from '@nrm/service-kit';
import { PolicyRepository } from '../policy/policy.repository';
import type { ActivePolicy } from '../policy/policy.repository';
import { palermoTest } from './palermo-test';
import type { PalermoResult } from './palermo-test';
import {
  TransitionRefused,
  close,
  extendRecovery,
  finalDecision,
  preliminaryDecision,
  recoveryEnded,
  requestReconsideration,
  reviewNegativeFinal,
} from './screening-lifecycle';
import type { LifecycleState, ScreeningStatus } from './screening-lifecycle';

interface ScreeningRow {
  case_id: string;
  case_reference: string;
  status: ScreeningStatus;
  referring_agency_id: string;
  assigned_agency_id: string;
  recovery_ends_on: string | null;
  pending_final_decided_by: string | null;
  person_is_child: boolean;
}

const DECIDING_ROLES = ['identification_officer', 'supervisor'] as const;

/**
 * The competent authority's decisions on a screening. Each command locks the screening, applies the
 * lifecycle rules, and records the change and its events in one transaction.
 */
@Injectable()
export class ScreeningDecisions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
    private readonly involvement: CaseInvolvement,
    private readonly policies: PolicyRepository,
  ) {}

  preliminary(
    caseId: string,
    request: DecisionRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<{ status: ScreeningStatus }> {
    requireRole(actor, ...DECIDING_ROLES);
    return this.change(caseId, actor, now, true, async (manager, row, policy, today) => {
      const reconsideration = row.status === 'reconsidering_preliminary';
      const next = preliminaryDecision(state(row), request.outcome);
      await this.recordDecision(manager, row, 'preliminary', request, actor, now, reconsideration);
      const met = await this.meetDeadline(
        manager,
        row.case_id,
        reconsideration ? 'reconsideration' : 'preliminary_decision',
      );
      let recoveryEndsOn: string | null = null;
      if (request.outcome === 'positive') {
        recoveryEndsOn = today.plusDays(policy.recoveryPeriodDays).toString();
        await this.scheduleRecoveryEnd(manager, row.case_id, recoveryEndsOn);
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
      await manager.query(
        `UPDATE screening SET status = $2, recovery_ends_on = $3, recovery_starts_on = $4, updated_at = $5 WHERE case_id = $1`,
        [row.case_id, next, recoveryEndsOn, recoveryEndsOn ? today.toString() : null, now],
      );
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

  extendRecovery(caseId: string, request: RecoveryExtensionRequest, actor: Actor, now = new Date()) {
    requireRole(actor, ...DECIDING_ROLES);
    return this.change(caseId, actor, now, true, async (manager, row, _policy, today) => {
      const next = extendRecovery(state(row));
      const from =
        row.recovery_ends_on && !LocalDate.parse(row.recovery_ends_on).isBefore(today)
          ? LocalDate.parse(row.recovery_ends_on)
          : today;
      const endsOn = from.plusDays(request.days).toString();
      await this.scheduleRecoveryEnd(manager, row.case_id, endsOn);
      await manager.query(
        `INSERT INTO recovery_extension (case_id, extended_at, days, reason, note_sealed, extended_by_user) VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          row.case_id,
          now,
          request.days,
          request.reason,
          request.note ? (await this.keyring.sealerFor(manager, row.case_id)).seal(request.note) : null,
          actor.userId,
        ],
      );
      await manager.query(
        `UPDATE screening SET status = $2, recovery_ends_on = $3, updated_at = $4 WHERE case_id = $1`,
        [row.case_id, next, endsOn, now],
      );
      await this.outbox.append(manager, RecoveryPeriodExtended, {
        subject: row.case_id,
        time: now,
        data: {
          caseId: row.case_id,
          startsOn: today.toString(),
          endsOn,
          days: request.days,
          extensionReason: request.reason,
        },
      });
      return next;
    });
  }

  final(caseId: string, request: DecisionRequest, actor: Actor, now = new Date()) {
    requireRole(actor, ...DECIDING_ROLES);
    return this.change(caseId, actor, now, true, async (manager, row, policy, today) => {
      const reconsideration = row.status === 'reconsidering_final';
      const next = finalDecision(
        state(row),
        request.outcome,
        today.toString(),
        policy.finalDecisionBeforeRecoveryEnds,
      );
      await this.recordDecision(manager, row, 'final', request, actor, now, reconsideration);
      if (reconsideration) await this.meetDeadline(manager, row.case_id, 'reconsideration');
      await manager.query(
        `UPDATE screening SET status = $2, pending_final_decided_by = $3, updated_at = $4 WHERE case_id = $1`,
        [row.case_id, next, request.outcome === 'negative' ? actor.userId : null, now],
      );
      if (request.outcome === 'positive') {
        await this.emitFinal(manager, row, 'confirmed', actor, now, reconsideration);
      }
      return next;
    });
  }

  review(caseId: string, request: DecisionReviewRequest, actor: Actor, now = new Date()) {
    requireRole(actor, ...DECIDING_ROLES);
    return this.change(caseId, actor, now, true, async (manager, row) => {
      const next = reviewNegativeFinal(state(row), request.approve, actor.userId);
      const [decision]: { decision_id: string; reconsideration: boolean }[] = await manager.query(
        `SELECT decision_id, reconsideration FROM decision WHERE case_id = $1 AND stage = 'final' AND review = 'pending'
          ORDER BY decided_at DESC LIMIT 1`,
        [row.case_id],
      );
      await manager.query(
        `UPDATE decision SET review = $2, reviewed_by_user = $3, reviewed_at = $4, review_note_sealed = $5 WHERE decision_id = $1`,
        [
          decision.decision_id,
          request.approve ? 'approved' : 'sent_back',
          actor.userId,
          now,
          request.note ? (await this.keyring.sealerFor(manager, row.case_id)).seal(request.note) : null,
        ],
      );
      await manager.query(
        `UPDATE screening SET status = $2, pending_final_decided_by = NULL, updated_at = $3 WHERE case_id = $1`,
        [row.case_id, next, now],
      );
      if (request.approve)
        await this.emitFinal(manager, row, 'not_confirmed', actor, now, decision.reconsideration);
      return next;
    });
  }

  /** The referrer or a support provider asks for a negative decision to be reconsidered. */
  reconsider(caseId: string, request: ReconsiderationRequest, actor: Actor, now = new Date()) {
    requireRole(actor, 'first_responder', 'protection_case_worker', 'service_provider');
    return this.change(caseId, actor, now, false, async (manager, row, policy, today) => {
      // The referrer, or a support provider: the protection lead, or a provider or shelter the case was
      // referred to, while it is.
      const entitled =
        actor.role === 'first_responder'
          ? actor.agencyId === row.referring_agency_id
          : (await this.involvement.of(manager, row.case_id, actor.agencyId)).some(
              (b) => b !== 'investigation',
            );
      if (!entitled) throw new ProblemException('notFound', 'no screening for this case');
      const { next, stage } = requestReconsideration(state(row));
      const dueOn = policy.calendar.addWorkingDays(today, policy.reconsiderationWorkingDays).toString();
      await manager.query(
        `INSERT INTO reconsideration (reconsideration_id, case_id, stage, requested_by_user, requested_by_agency, requested_at,
           new_information_sealed, due_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          randomUUID(),
          row.case_id,
          stage,
          actor.userId,
          actor.agencyId,
          now,
          (await this.keyring.sealerFor(manager, row.case_id)).seal(request.newInformation),
          dueOn,
        ],
      );
      await manager.query(
        `INSERT INTO deadline (deadline_id, case_id, kind, due_on, working_days) VALUES ($1, $2, 'reconsideration', $3, $4)`,
        [randomUUID(), row.case_id, dueOn, policy.reconsiderationWorkingDays],
      );
      await manager.query(`UPDATE screening SET status = $2, updated_at = $3 WHERE case_id = $1`, [
        row.case_id,
        next,
        now,
      ]);
      await this.outbox.append(manager, ReconsiderationRequested, {
        subject: row.case_id,
        time: now,
        data: { caseId: row.case_id, stage, requestedByAgencyId: actor.agencyId, dueOn },
      });
      return next;
    });
  }

  /** Records the Palermo test; it advises the decision and changes no state. */
  async recordPalermoTest(
    caseId: string,
    request: PalermoTestRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<PalermoResult> {
    requireRole(actor, ...DECIDING_ROLES);
    let result: PalermoResult | undefined;
    await this.change(caseId, actor, now, true, async (manager, row) => {
      if (row.status === 'closed') throw new TransitionRefused('the screening is closed');
      result = palermoTest(
        { act: request.act.present, means: request.means.present, purpose: request.purpose.present },
        row.person_is_child,
      );
      const evidence = {
        act: request.act.evidence,
        means: request.means.evidence,
        purpose: request.purpose.evidence,
      };
      await manager.query(
        `INSERT INTO palermo_assessment (assessment_id, case_id, act, means, purpose, person_is_child, satisfied, evidence_sealed,
           assessed_by_user, assessed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          randomUUID(),
          caseId,
          request.act.present,
          request.means.present,
          request.purpose.present,
          row.person_is_child,
          result.satisfied,
          (await this.keyring.sealerFor(manager, caseId)).sealJson(evidence),
          actor.userId,
          now,
        ],
      );
      return row.status;
    });
    return result as PalermoResult;
  }

  /** Called by the deadline clock when a recovery period's end date arrives. */
  async recoveryPeriodEnded(manager: EntityManager, caseId: string, now: Date): Promise<void> {
    const [row]: (ScreeningRow & { starts_on: string | null; ends_on: string | null })[] =
      await manager.query(
        `SELECT *, to_char(recovery_starts_on, 'YYYY-MM-DD') AS starts_on, to_char(recovery_ends_on, 'YYYY-MM-DD') AS ends_on
         FROM screening WHERE case_id = $1 FOR UPDATE`,
        [caseId],
      );
    if (!row?.starts_on || !row.ends_on) return;
    await manager.query(`UPDATE screening SET status = $2, updated_at = $3 WHERE case_id = $1`, [
      caseId,
      recoveryEnded(state(row)),
      now,
    ]);
    await this.outbox.append(manager, RecoveryPeriodEnded, {
      subject: caseId,
      time: now,
      data: {
        caseId,
        startsOn: row.starts_on,
        endsOn: row.ends_on,
        days: Math.max(1, LocalDate.parse(row.starts_on).daysUntil(LocalDate.parse(row.ends_on))),
      },
    });
  }

  /** The referral was withdrawn: an undecided screening closes and its deadlines stop. */
  async closeOnWithdrawal(manager: EntityManager, caseId: string): Promise<void> {
    const [row]: ScreeningRow[] = await manager.query(
      `SELECT * FROM screening WHERE case_id = $1 FOR UPDATE`,
      [caseId],
    );
    if (!row) return;
    const next = close(state(row));
    await manager.query(`UPDATE screening SET status = $2, updated_at = now() WHERE case_id = $1`, [
      caseId,
      next,
    ]);
    if (next === 'closed') {
      await manager.query(
        `UPDATE deadline SET status = 'cancelled' WHERE case_id = $1 AND status = 'pending'`,
        [caseId],
      );
    }
  }

  private async change(
    caseId: string,
    actor: Actor,
    now: Date,
    assignedOnly: boolean,
    apply: (
      manager: EntityManager,
      row: ScreeningRow,
      policy: ActivePolicy,
      today: LocalDate,
    ) => Promise<ScreeningStatus>,
  ): Promise<{ status: ScreeningStatus }> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [row]: ScreeningRow[] = await manager.query(
          `SELECT case_id, case_reference, status, referring_agency_id, assigned_agency_id,
                  to_char(recovery_ends_on, 'YYYY-MM-DD') AS recovery_ends_on, pending_final_decided_by, person_is_child
             FROM screening WHERE case_id = $1 FOR UPDATE`,
          [caseId],
        );
        if (!row || (assignedOnly && row.assigned_agency_id !== actor.agencyId)) {
          throw new ProblemException('notFound', 'no screening for this case');
        }
        const policy = await this.policies.defaultPolicy(manager);
        const today = LocalDate.of(now, policy.timeZone);
        return { status: await apply(manager, row, policy, today) };
      });
    } catch (error) {
      if (error instanceof TransitionRefused) throw new ProblemException('conflict', error.message);
      throw error;
    }
  }

  private async recordDecision(
    manager: EntityManager,
    row: ScreeningRow,
    stage: 'preliminary' | 'final',
    request: DecisionRequest,
    actor: Actor,
    now: Date,
    reconsideration: boolean,
  ): Promise<void> {
    const sealer = await this.keyring.sealerFor(manager, row.case_id);
    // The decision is the officer's; one that departs from the indicator advice says why.
    const [advice]: { assessment_id: string; outcome: string }[] = await manager.query(
      `SELECT assessment_id, advice->>'outcome' AS outcome FROM indicator_assessment
        WHERE case_id = $1 AND status = 'completed' ORDER BY completed_at DESC LIMIT 1`,
      [row.case_id],
    );
    if (advice && departsFromAdvice(request.outcome, advice.outcome) && !request.departureReason) {
      throw new ProblemException('validation', 'the decision departs from the indicator advice', [
        {
          field: 'departureReason',
          message: `the latest indicator assessment advises ${advice.outcome}: give the reason for a ${request.outcome} decision`,
        },
      ]);
    }
    await manager.query(
      `INSERT INTO decision (decision_id, case_id, stage, outcome, reasons_sealed, decided_by_user, decided_by_agency, decided_at,
         reconsideration, review, assessment_id, advised_outcome, departure_reason_sealed)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        randomUUID(),
        row.case_id,
        stage,
        request.outcome,
        sealer.seal(request.reasons),
        actor.userId,
        actor.agencyId,
        now,
        reconsideration,
        stage === 'final' && request.outcome === 'negative' ? 'pending' : null,
        advice?.assessment_id ?? null,
        advice?.outcome ?? null,
        request.departureReason ? sealer.seal(request.departureReason) : null,
      ],
    );
    if (reconsideration) {
      await this.outbox.append(manager, ReconsiderationDecided, {
        subject: row.case_id,
        time: now,
        data: { caseId: row.case_id, stage, outcome: request.outcome, decidedAt: now.toISOString() },
      });
    }
  }

  /** Marks a pending deadline met; returns its due date. */
  private async meetDeadline(
    manager: EntityManager,
    caseId: string,
    kind: string,
  ): Promise<string | undefined> {
    const [rows]: [{ due_on: string }[], number] = await manager.query(
      `UPDATE deadline SET status = 'met' WHERE case_id = $1 AND kind = $2 AND status = 'pending'
       RETURNING to_char(due_on, 'YYYY-MM-DD') AS due_on`,
      [caseId, kind],
    );
    return rows[0]?.due_on;
  }

  private async scheduleRecoveryEnd(manager: EntityManager, caseId: string, endsOn: string): Promise<void> {
    await manager.query(
      `DELETE FROM deadline WHERE case_id = $1 AND kind = 'recovery_period_end' AND status = 'pending'`,
      [caseId],
    );
    await manager.query(
      `INSERT INTO deadline (deadline_id, case_id, kind, due_on) VALUES ($1, $2, 'recovery_period_end', $3)`,
      [randomUUID(), caseId, endsOn],
    );
  }

  private async emitFinal(
    manager: EntityManager,
    row: ScreeningRow,
    outcome: 'confirmed' | 'not_confirmed',
    actor: Actor,
    now: Date,
    reconsideration: boolean,
  ): Promise<void> {
    await this.outbox.append(manager, FinalDecisionRecorded, {
      subject: row.case_id,
      time: now,
      data: {
        caseId: row.case_id,
        caseReference: row.case_reference,
        outcome,
        decidedAt: now.toISOString(),
        decidedByAgencyId: actor.agencyId,
        referringAgencyId: row.referring_agency_id,
        reconsideration,
      },
    });
  }
}

/** A positive decision follows an `indicated` advice; any other advice points to a negative one. */
export function departsFromAdvice(decision: 'positive' | 'negative', advisedOutcome: string): boolean {
  return (decision === 'positive') !== (advisedOutcome === 'indicated');
}

function state(row: ScreeningRow): LifecycleState {
  return {
    status: row.status,
    recoveryEndsOn: row.recovery_ends_on ?? undefined,
    finalDecidedBy: row.pending_final_decided_by ?? undefined,
  };
}

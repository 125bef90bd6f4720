import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DecisionRequest } from '@nrm/api-contracts';
import { FinalDecisionRecorded, ReconsiderationDecided } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { DataKeyring } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import type { ScreeningRow } from '../screening/screening.repository';
import { DecisionRepository } from './decision.repository';
import { departsFromAdvice } from './decision-rules';

/** Records a preliminary or final decision with its reasons sealed, and announces final outcomes. */
@Injectable()
export class DecisionRecorder {
  constructor(
    private readonly decisions: DecisionRepository,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
  ) {}

  async record(
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
    const advice = await this.decisions.latestAdvice(manager, row.case_id);
    if (advice && departsFromAdvice(request.outcome, advice.outcome) && !request.departureReason) {
      throw new ProblemException('validation', 'the decision departs from the indicator advice', [
        {
          field: 'departureReason',
          message: `the latest indicator assessment advises ${advice.outcome}: give the reason for a ${request.outcome} decision`,
        },
      ]);
    }
    await this.decisions.record(manager, {
      decision_id: randomUUID(),
      case_id: row.case_id,
      stage,
      outcome: request.outcome,
      reasons_sealed: sealer.seal(request.reasons),
      decided_by_user: actor.userId,
      decided_by_agency: actor.agencyId,
      decided_at: now,
      reconsideration,
      review: stage === 'final' && request.outcome === 'negative' ? 'pending' : null,
      assessment_id: advice?.assessment_id ?? null,
      advised_outcome: advice?.outcome ?? null,
      departure_reason_sealed: request.departureReason ? sealer.seal(request.departureReason) : null,
    });
    if (reconsideration) {
      await this.outbox.append(manager, ReconsiderationDecided, {
        subject: row.case_id,
        time: now,
        data: { caseId: row.case_id, stage, outcome: request.outcome, decidedAt: now.toISOString() },
      });
    }
  }

  /** The final outcome is known: confirmed at once, not confirmed once a second reviewer approves. */
  async announceFinal(
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

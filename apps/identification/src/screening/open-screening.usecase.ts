import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LocalDate } from '@nrm/calendar';
import { ScreeningOpened } from '@nrm/contracts';
import type { ReferralReceivedV1 } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { InboundEvent } from '@nrm/messaging';
import { PolicyRepository } from '../policy/policy.repository';

/**
 * Opens a screening for a new referral in the competent authority's queue, with the reasonable-grounds
 * decision due a policy number of working days after the referral date.
 */
@Injectable()
export class OpenScreening {
  constructor(
    private readonly policies: PolicyRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute({ payload, manager }: InboundEvent<ReferralReceivedV1>): Promise<void> {
    const policy = await this.policies.defaultPolicy(manager);
    const referredAt = new Date(payload.referredAt);
    const referralDate = LocalDate.of(referredAt, policy.timeZone);
    const dueOn = policy.calendar.addWorkingDays(referralDate, policy.preliminaryDecisionWorkingDays);
    const screeningId = randomUUID();
    const openedAt = new Date();
    const inserted: unknown[] = await manager.query(
      `INSERT INTO screening (screening_id, case_id, case_reference, status, referring_agency_id, assigned_agency_id,
         person_is_child, exploitation_types, referred_at, opened_at, jurisdiction, policy_version)
       VALUES ($1, $2, $3, 'open', $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (case_id) DO NOTHING RETURNING screening_id`,
      [
        screeningId,
        payload.caseId,
        payload.caseReference,
        payload.referringAgencyId,
        policy.competentAuthorityAgencyId,
        payload.personIsChild,
        payload.exploitationTypes,
        referredAt,
        openedAt,
        policy.jurisdiction,
        policy.version,
      ],
    );
    if (inserted.length === 0) return; // a screening already exists for this case
    await manager.query(
      `INSERT INTO deadline (deadline_id, case_id, kind, due_on, working_days) VALUES ($1, $2, 'preliminary_decision', $3, $4)`,
      [randomUUID(), payload.caseId, dueOn.toString(), policy.preliminaryDecisionWorkingDays],
    );
    await this.outbox.append(manager, ScreeningOpened, {
      subject: payload.caseId,
      data: {
        caseId: payload.caseId,
        screeningId,
        caseReference: payload.caseReference,
        referringAgencyId: payload.referringAgencyId,
        assignedAgencyId: policy.competentAuthorityAgencyId,
        openedAt: openedAt.toISOString(),
        preliminaryDecisionDueOn: dueOn.toString(),
        preliminaryDecisionWorkingDays: policy.preliminaryDecisionWorkingDays,
        jurisdiction: policy.jurisdiction,
        policyVersion: policy.version,
      },
    });
  }
}

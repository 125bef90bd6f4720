import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LocalDate } from '@nrm/calendar';
import { ScreeningOpened } from '@nrm/contracts';
import type { ReferralReceivedV1 } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { InboundEvent } from '@nrm/messaging';
import { DeadlineRepository } from '../../deadlines/deadline.repository';
import { PolicyRepository } from '../../policy/policy.repository';
import { ScreeningRepository } from '../screening.repository';

/**
 * Opens a screening for a new referral in the competent authority's queue, with the reasonable-grounds
 * decision due a policy number of working days after the referral date.
 */
@Injectable()
export class OpenScreening {
  constructor(
    private readonly policies: PolicyRepository,
    private readonly screenings: ScreeningRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute({ payload, manager }: InboundEvent<ReferralReceivedV1>): Promise<void> {
    const policy = await this.policies.defaultPolicy(manager);
    const referredAt = new Date(payload.referredAt);
    const referralDate = LocalDate.of(referredAt, policy.timeZone);
    const dueOn = policy.calendar.addWorkingDays(referralDate, policy.preliminaryDecisionWorkingDays);
    const screeningId = randomUUID();
    const openedAt = new Date();
    const opened = await this.screenings.open(manager, {
      screening_id: screeningId,
      case_id: payload.caseId,
      case_reference: payload.caseReference,
      status: 'open',
      referring_agency_id: payload.referringAgencyId,
      assigned_agency_id: policy.competentAuthorityAgencyId,
      person_is_child: payload.personIsChild,
      exploitation_types: payload.exploitationTypes,
      referred_at: referredAt,
      opened_at: openedAt,
      jurisdiction: policy.jurisdiction,
      policy_version: policy.version,
    });
    if (!opened) return; // a screening already exists for this case
    await this.deadlines.add(
      manager,
      payload.caseId,
      'preliminary_decision',
      dueOn.toString(),
      policy.preliminaryDecisionWorkingDays,
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

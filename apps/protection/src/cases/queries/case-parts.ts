import type { ProtectionCaseResponse } from '@nrm/api-contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dayText, sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../../database/tables.generated';
import { instant } from './columns';

type CasePartsResponse = Pick<
  ProtectionCaseResponse,
  'needs' | 'serviceReferrals' | 'placements' | 'residenceStatus' | 'returnPlans' | 'followUps' | 'courtTasks'
>;

/** What hangs off a protection case, read side by side for its detail. */
@Injectable()
export class CaseParts {
  constructor(private readonly dataSource: DataSource) {}

  async of(caseId: string): Promise<CasePartsResponse> {
    const db = sqlOf<Tables>(this.dataSource);
    const [needs, referrals, placements, residence, returns, followUps, tasks] = await Promise.all([
      db
        .selectFrom('need')
        .select(['need_type', 'priority', dayText('due_on').as('due_on'), 'status'])
        .where('case_id', '=', caseId)
        .orderBy('status')
        .orderBy('due_on')
        .execute(),
      db
        .selectFrom('service_referral')
        .select([
          'service_referral_id',
          'provider_id',
          'need_type',
          'priority',
          'status',
          'disclosure_basis',
          'decline_reason',
          'referred_at',
        ])
        .where('case_id', '=', caseId)
        .orderBy('referred_at')
        .execute(),
      db
        .selectFrom('placement')
        .select([
          'placement_id',
          'shelter_id',
          'status',
          'requested_at',
          'placed_at',
          'checked_in_at',
          'ended_at',
        ])
        .where('case_id', '=', caseId)
        .orderBy('requested_at')
        .execute(),
      db
        .selectFrom('residence_status')
        .select([
          'status',
          dayText('valid_from').as('valid_from'),
          dayText<string | null>('expires_on').as('expires_on'),
          'current',
          'recorded_at',
        ])
        .where('case_id', '=', caseId)
        .orderBy('recorded_at', 'desc')
        .execute(),
      db
        .selectFrom('return_plan')
        .select([
          'status',
          'destination_country',
          'risk_level',
          'travel_documents_ready',
          'follow_up_agency_id',
          dayText('planned_on').as('planned_on'),
          dayText<string | null>('returned_on').as('returned_on'),
        ])
        .where('case_id', '=', caseId)
        .orderBy('planned_at', 'desc')
        .execute(),
      db
        .selectFrom('follow_up')
        .select([
          'follow_up_id',
          'kind',
          'sequence',
          dayText('due_on').as('due_on'),
          dayText('about_date').as('about_date'),
          'recipient_agency_id',
          'raised_at',
          'cancelled_at',
          'outcome',
          'recorded_at',
        ])
        .where('case_id', '=', caseId)
        .orderBy('due_on')
        .orderBy('kind')
        .orderBy('sequence')
        .execute(),
      db
        .selectFrom('court_task')
        .select([
          'task_id',
          'hearing_id',
          'task_type',
          dayText('hearing_date').as('hearing_date'),
          dayText('due_on').as('due_on'),
          'status',
          'done_at',
        ])
        .where('case_id', '=', caseId)
        .orderBy('due_on')
        .orderBy('task_type')
        .execute(),
    ]);
    return {
      needs: needs.map((n) => ({
        needType: n.need_type,
        priority: n.priority,
        dueOn: n.due_on,
        status: n.status,
      })),
      serviceReferrals: referrals.map((r) => ({
        serviceReferralId: r.service_referral_id,
        providerAgencyId: r.provider_id,
        needType: r.need_type,
        priority: r.priority,
        status: r.status,
        disclosureBasis: r.disclosure_basis,
        declineReason: r.decline_reason ?? null,
        referredAt: r.referred_at.toISOString(),
      })),
      placements: placements.map((p) => ({
        placementId: p.placement_id,
        shelterId: p.shelter_id,
        status: p.status,
        requestedAt: p.requested_at.toISOString(),
        placedAt: instant(p.placed_at),
        checkedInAt: instant(p.checked_in_at),
        endedAt: instant(p.ended_at),
      })),
      residenceStatus: residence.map((r) => ({
        status: r.status,
        validFrom: r.valid_from,
        expiresOn: r.expires_on,
        current: r.current,
        recordedAt: r.recorded_at.toISOString(),
      })),
      returnPlans: returns.map((r) => ({
        status: r.status,
        destinationCountry: r.destination_country,
        riskLevel: r.risk_level,
        travelDocumentsReady: r.travel_documents_ready,
        followUpAgencyId: r.follow_up_agency_id,
        plannedOn: r.planned_on,
        returnedOn: r.returned_on,
      })),
      followUps: followUps.map((f) => ({
        followUpId: f.follow_up_id,
        kind: f.kind,
        sequence: f.sequence,
        dueOn: f.due_on,
        aboutDate: f.about_date,
        recipientAgencyId: f.recipient_agency_id,
        raisedAt: instant(f.raised_at),
        cancelledAt: instant(f.cancelled_at),
        outcome: f.outcome ?? null,
        recordedAt: instant(f.recorded_at),
      })),
      courtTasks: tasks.map((t) => ({
        taskId: t.task_id,
        hearingId: t.hearing_id,
        taskType: t.task_type,
        hearingDate: t.hearing_date,
        dueOn: t.due_on,
        status: t.status,
        doneAt: instant(t.done_at),
      })),
    };
  }
}

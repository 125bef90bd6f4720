import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { ProblemException, requireRole } from '@nrm/service-kit';
import { CASE_WORKERS, ProtectionAccess, casesSeenBy } from './protection-access';

const date = (v: unknown) => (v === null || v === undefined ? null : (v as string));
const instant = (v: unknown) => (v ? (v as Date).toISOString() : null);

/** What case workers see of protection cases: status, plan, referrals and placements; never notes. */
@Injectable()
export class CaseView {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProtectionAccess,
  ) {}

  async list(actor: Actor, status = 'open') {
    await this.access.requireCaseWorker(actor);
    if (!['open', 'closure_requested', 'closed'].includes(status)) {
      const message = 'status must be one of: open, closure_requested, closed';
      throw new ProblemException('validation', message, [{ field: 'status', message }]);
    }
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT c.case_id, c.case_reference, c.status, c.opened_because, c.opened_at, c.person_is_child, c.urgent_risk,
              (SELECT min(due_on)::text FROM need n WHERE n.case_id = c.case_id AND n.status = 'open') AS next_due_on
         FROM protection_case c WHERE c.status = $1 AND ($4 OR ${casesSeenBy('$2', '$3')})
        ORDER BY c.person_is_child DESC, c.urgent_risk DESC, c.opened_at LIMIT 500`,
      [
        status,
        actor.agencyId,
        this.access.defaultLeadAgencyId,
        await this.access.isCompetentAuthority(actor.agencyId),
      ],
    );
    return {
      items: rows.map((r) => ({
        caseId: r['case_id'],
        caseReference: r['case_reference'],
        status: r['status'],
        openedBecause: r['opened_because'],
        openedAt: instant(r['opened_at']),
        personIsChild: r['person_is_child'],
        urgentRisk: r['urgent_risk'],
        nextDueOn: date(r['next_due_on']),
      })),
    };
  }

  async get(caseId: string, actor: Actor) {
    requireRole(actor, ...CASE_WORKERS);
    // Another agency's supervisor learns nothing, not even that a protection case exists.
    if (!(await this.access.isProtectionAgency(actor.agencyId))) {
      throw new ProblemException('notFound', 'no protection case for this case');
    }
    const [c]: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT case_id, case_reference, status, opened_because, opened_at, person_is_child, urgent_risk, interpreter_needed,
              sharing_agency_types, recovery_starts_on::text, recovery_ends_on::text, closure_reason, closure_requested_at,
              closed_at, coalesce(lead_agency_id, $3) AS lead_agency_id
         FROM protection_case c WHERE case_id = $1 AND status <> 'awaiting' AND ($4 OR ${casesSeenBy('$2', '$3')})`,
      [
        caseId,
        actor.agencyId,
        this.access.defaultLeadAgencyId,
        await this.access.isCompetentAuthority(actor.agencyId),
      ],
    );
    if (!c) throw new ProblemException('notFound', 'no protection case for this case');
    const [needs, referrals, placements, residence, returns, followUps, tasks]: Record<string, unknown>[][] =
      await Promise.all([
        this.dataSource.query(
          `SELECT need_type, priority, due_on::text, status FROM need WHERE case_id = $1 ORDER BY status, due_on`,
          [caseId],
        ),
        this.dataSource.query(
          `SELECT service_referral_id, provider_id, need_type, priority, status, disclosure_basis, decline_reason, referred_at
           FROM service_referral WHERE case_id = $1 ORDER BY referred_at`,
          [caseId],
        ),
        this.dataSource.query(
          `SELECT placement_id, shelter_id, status, requested_at, placed_at, checked_in_at, ended_at
           FROM placement WHERE case_id = $1 ORDER BY requested_at`,
          [caseId],
        ),
        this.dataSource.query(
          `SELECT status, valid_from::text, expires_on::text, current, recorded_at
           FROM residence_status WHERE case_id = $1 ORDER BY recorded_at DESC`,
          [caseId],
        ),
        this.dataSource.query(
          `SELECT status, destination_country, risk_level, travel_documents_ready, follow_up_agency_id, planned_on::text,
                returned_on::text FROM return_plan WHERE case_id = $1 ORDER BY planned_at DESC`,
          [caseId],
        ),
        this.dataSource.query(
          `SELECT follow_up_id, kind, sequence, due_on::text, about_date::text, recipient_agency_id, raised_at, cancelled_at,
                outcome, recorded_at FROM follow_up WHERE case_id = $1 ORDER BY due_on, kind, sequence`,
          [caseId],
        ),
        this.dataSource.query(
          `SELECT task_id, hearing_id, task_type, hearing_date::text, due_on::text, status, done_at
             FROM court_task WHERE case_id = $1 ORDER BY due_on, task_type`,
          [caseId],
        ),
      ]);
    return {
      caseId: c['case_id'],
      caseReference: c['case_reference'],
      status: c['status'],
      leadAgencyId: c['lead_agency_id'],
      openedBecause: c['opened_because'],
      openedAt: instant(c['opened_at']),
      personIsChild: c['person_is_child'],
      urgentRisk: c['urgent_risk'],
      interpreterNeeded: c['interpreter_needed'],
      dataSharingAgencyTypes: c['sharing_agency_types'],
      recoveryPeriod: c['recovery_starts_on']
        ? { startsOn: date(c['recovery_starts_on']), endsOn: date(c['recovery_ends_on']) }
        : null,
      needs: needs.map((n) => ({
        needType: n['need_type'],
        priority: n['priority'],
        dueOn: date(n['due_on']),
        status: n['status'],
      })),
      serviceReferrals: referrals.map((r) => ({
        serviceReferralId: r['service_referral_id'],
        providerAgencyId: r['provider_id'],
        needType: r['need_type'],
        priority: r['priority'],
        status: r['status'],
        disclosureBasis: r['disclosure_basis'],
        declineReason: r['decline_reason'] ?? null,
        referredAt: instant(r['referred_at']),
      })),
      placements: placements.map((p) => ({
        placementId: p['placement_id'],
        shelterId: p['shelter_id'],
        status: p['status'],
        requestedAt: instant(p['requested_at']),
        placedAt: instant(p['placed_at']),
        checkedInAt: instant(p['checked_in_at']),
        endedAt: instant(p['ended_at']),
      })),
      residenceStatus: residence.map((r) => ({
        status: r['status'],
        validFrom: date(r['valid_from']),
        expiresOn: date(r['expires_on']),
        current: r['current'],
        recordedAt: instant(r['recorded_at']),
      })),
      returnPlans: returns.map((r) => ({
        status: r['status'],
        destinationCountry: r['destination_country'],
        riskLevel: r['risk_level'],
        travelDocumentsReady: r['travel_documents_ready'],
        followUpAgencyId: r['follow_up_agency_id'],
        plannedOn: date(r['planned_on']),
        returnedOn: date(r['returned_on']),
      })),
      followUps: followUps.map((f) => ({
        followUpId: f['follow_up_id'],
        kind: f['kind'],
        sequence: f['sequence'],
        dueOn: date(f['due_on']),
        aboutDate: date(f['about_date']),
        recipientAgencyId: f['recipient_agency_id'],
        raisedAt: instant(f['raised_at']),
        cancelledAt: instant(f['cancelled_at']),
        outcome: f['outcome'] ?? null,
        recordedAt: instant(f['recorded_at']),
      })),
      courtTasks: tasks.map((t) => ({
        taskId: t['task_id'],
        hearingId: t['hearing_id'],
        taskType: t['task_type'],
        hearingDate: date(t['hearing_date']),
        dueOn: date(t['due_on']),
        status: t['status'],
        doneAt: instant(t['done_at']),
      })),
      closure: c['closure_reason']
        ? {
            reason: c['closure_reason'],
            requestedAt: instant(c['closure_requested_at']),
            closedAt: instant(c['closed_at']),
          }
        : null,
    };
  }
}

import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import { DataSource } from 'typeorm';
import type { Role, VerdictOutcome } from '@nrm/contracts';
import { sqlOf } from '@nrm/persistence';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import type { DB as Tables } from '../../database/tables.generated';
import { Routes } from '@nrm/api-contracts';

/** Roles that see hearing dates and compensation in a case's prosecution timeline. */
const TIMELINE_DETAIL_ROLES: readonly Role[] = [
  'investigator',
  'prosecutor',
  'supervisor',
  'protection_case_worker',
  'identification_officer',
];

type TimelineRow = Pick<Selectable<Tables['investigation']>, 'investigation_id' | 'status' | 'opened_at'> & {
  hearings: unknown[];
  verdicts: Partial<Record<VerdictOutcome, number>>;
  compensation: unknown[];
};

/**
 * The prosecution timeline of one case, for the case view: investigations it belongs to, their
 * hearings, the victim's testimony and the verdicts' outcomes. Never a suspect.
 */
@Injectable()
export class CaseTimeline {
  constructor(private readonly dataSource: DataSource) {}

  async execute(caseId: string, actor: Actor) {
    permit(actor, Routes.caseView);
    const detailed = TIMELINE_DETAIL_ROLES.includes(actor.role);
    const { rows } = await sql<TimelineRow>`
      SELECT i.investigation_id, i.status, i.opened_at,
             (SELECT coalesce(json_agg(json_build_object('hearingId', h.hearing_id, 'hearingType', h.hearing_type,
                       'scheduledOn', h.scheduled_on, 'status', h.status,
                       'victimTestifies', EXISTS (SELECT 1 FROM testimony t WHERE t.hearing_id = h.hearing_id AND t.case_id = ${caseId}))
                       ORDER BY h.scheduled_on), '[]') FROM hearing h WHERE h.investigation_id = i.investigation_id) AS hearings,
             (SELECT coalesce(json_object_agg(outcome, n), '{}') FROM
                (SELECT outcome, count(*)::int AS n FROM verdict v WHERE v.investigation_id = i.investigation_id GROUP BY outcome) o) AS verdicts,
             (SELECT coalesce(json_agg(json_build_object('amount', c.amount, 'currency', c.currency, 'orderedOn', c.ordered_on,
                       'paid', c.paid_on IS NOT NULL)), '[]') FROM compensation c
               WHERE c.investigation_id = i.investigation_id AND c.case_id = ${caseId}) AS compensation
        FROM investigation i JOIN investigation_case ic ON ic.investigation_id = i.investigation_id
       WHERE ic.case_id = ${caseId} ORDER BY i.opened_at`.execute(sqlOf<Tables>(this.dataSource));
    return {
      caseId,
      investigations: rows.map((r) => ({
        investigationId: r.investigation_id,
        status: r.status,
        openedAt: r.opened_at.toISOString(),
        verdictsByOutcome: r.verdicts,
        // Hearing dates and compensation for those who support or decide the case; outcomes for all.
        ...(detailed ? { hearings: r.hearings, compensation: r.compensation } : {}),
      })),
    };
  }
}

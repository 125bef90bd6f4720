import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import { DataSource } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { Actor } from '@nrm/security';
import { DataKeyring } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import type { DB as Tables } from '../../database/tables.generated';
import { maySeeSuspects } from '../../proceedings/proceedings-rules';
import { InvestigationRepository } from '../investigation.repository';
import { Routes } from '@nrm/api-contracts';
import type { InvestigationResponse, SuspectIdentityDto } from '@nrm/api-contracts';

type HearingRow = Pick<
  Selectable<Tables['hearing']>,
  'hearing_id' | 'hearing_type' | 'court' | 'status' | 'closed_session'
> & {
  scheduled_on: string;
  testimonies: { caseId: string; measures: Selectable<Tables['testimony']>['measures'] }[];
};

type VerdictRow = Pick<
  Selectable<Tables['verdict']>,
  | 'verdict_id'
  | 'charge_id'
  | 'suspect_id'
  | 'outcome'
  | 'court_level'
  | 'sentence_months'
  | 'life_imprisonment'
> & { decided_on: string; appeals: Selectable<Tables['appeal']>['filed_by'][] };

/** An investigation as its agencies see it; suspects' identities only for investigators and prosecutors. */
@Injectable()
export class InvestigationDetail {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keyring: DataKeyring,
    private readonly investigations: InvestigationRepository,
  ) {}

  async execute(investigationId: string, actor: Actor): Promise<InvestigationResponse> {
    permit(actor, Routes.readInvestigation);
    const row = await this.investigations.findFor(this.dataSource, investigationId, actor);
    const identities = maySeeSuspects(row.agency_ids, actor);
    const db = sqlOf<Tables>(this.dataSource);
    const [suspects, charges, hearings, verdicts] = await Promise.all([
      db
        .selectFrom('suspect')
        .select(['suspect_id', 'kind', 'role', 'nationality', 'identity_sealed'])
        .where('investigation_id', '=', investigationId)
        .orderBy('added_at')
        .execute(),
      db
        .selectFrom('charge')
        .select([
          'charge_id',
          'suspect_id',
          'law_code',
          'article',
          'other_law_reference',
          'aggravating',
          'version',
        ])
        .where('investigation_id', '=', investigationId)
        .orderBy('filed_at')
        .execute(),
      sql<HearingRow>`
        SELECT h.hearing_id, h.hearing_type, h.court, h.scheduled_on::text, h.status, h.closed_session,
               coalesce(json_agg(json_build_object('caseId', t.case_id, 'measures', t.measures)) FILTER (WHERE t.case_id IS NOT NULL), '[]') AS testimonies
          FROM hearing h LEFT JOIN testimony t ON t.hearing_id = h.hearing_id
         WHERE h.investigation_id = ${investigationId} GROUP BY h.hearing_id ORDER BY h.scheduled_on`.execute(
        db,
      ),
      sql<VerdictRow>`
        SELECT v.verdict_id, v.charge_id, v.suspect_id, v.outcome, v.court_level, v.decided_on::text, v.sentence_months,
               v.life_imprisonment, array(SELECT filed_by FROM appeal a WHERE a.verdict_id = v.verdict_id) AS appeals
          FROM verdict v WHERE v.investigation_id = ${investigationId} ORDER BY v.decided_on`.execute(db),
    ]);
    const identityOf = new Map<string, SuspectIdentityDto>();
    for (const s of identities ? suspects : []) {
      const sealer = await this.keyring.existingSealerFor(this.dataSource.manager, s.suspect_id);
      if (sealer) identityOf.set(s.suspect_id, sealer.openJson<SuspectIdentityDto>(s.identity_sealed));
    }
    return {
      investigationId,
      status: row.status,
      leadAgencyId: row.lead_agency_id,
      agencyIds: row.agency_ids,
      caseIds: row.case_ids,
      suspects: suspects.map((s) => ({
        suspectId: s.suspect_id,
        kind: s.kind,
        role: s.role,
        nationality: s.nationality ?? null,
        ...(identityOf.has(s.suspect_id) ? { identity: identityOf.get(s.suspect_id) } : {}),
      })),
      charges: charges.map((c) => ({
        chargeId: c.charge_id,
        suspectId: c.suspect_id,
        lawCode: c.law_code,
        article: c.article,
        otherLawReference: c.other_law_reference ?? null,
        aggravatingCircumstances: c.aggravating,
        version: c.version,
      })),
      hearings: hearings.rows.map((h) => ({
        hearingId: h.hearing_id,
        hearingType: h.hearing_type,
        court: h.court,
        scheduledOn: h.scheduled_on,
        status: h.status,
        closedSession: h.closed_session,
        testimonies: h.testimonies,
      })),
      verdicts: verdicts.rows.map((v) => ({
        verdictId: v.verdict_id,
        chargeId: v.charge_id,
        suspectId: v.suspect_id,
        outcome: v.outcome,
        courtLevel: v.court_level,
        decidedOn: v.decided_on,
        sentenceMonths: v.sentence_months ?? null,
        lifeImprisonment: v.life_imprisonment,
        appealsBy: v.appeals,
      })),
    };
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import {
  CaseLinkedToInvestigation,
  CaseRoles,
  InvestigationClosed,
  InvestigationOpened,
} from '@nrm/contracts';
import type { Role } from '@nrm/contracts';
import type {
  CloseInvestigationRequest,
  InvestigationAgencyRequest,
  OpenInvestigationRequest,
  SuspectRequest,
} from '@nrm/api-contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { DataKeyring } from '@nrm/security';
import { ProblemException, requireRole } from '@nrm/service-kit';
import { asProblem, findInvestigation } from './investigation-store';
import type { InvestigationRow } from './investigation-store';
import { INVESTIGATION_ROLES, maySeeSuspects, requireOpenInvestigation } from './proceedings-rules';

/** Roles that see hearing dates and compensation in a case's prosecution timeline. */
const TIMELINE_DETAIL_ROLES: readonly Role[] = [
  'investigator',
  'prosecutor',
  'supervisor',
  'protection_case_worker',
  'identification_officer',
];

/** Agency types that investigate or prosecute. */
const LAW_ENFORCEMENT = ['police', 'prosecution', 'immigration', 'labour_inspection'];

/** Investigations: who runs them, which cases (victims) they concern, and their suspects. */
@Injectable()
export class Investigations {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
  ) {}

  open(request: OpenInvestigationRequest, actor: Actor, now = new Date()) {
    requireRole(actor, 'investigator', 'prosecutor');
    return this.dataSource.transaction(async (manager) => {
      const caseIds = [...new Set(request.caseIds)];
      await this.requireKnownCases(manager, caseIds);
      const investigationId = randomUUID();
      await manager.query(
        `INSERT INTO investigation (investigation_id, status, lead_agency_id, officer_user_id, opened_at) VALUES ($1, 'open', $2, $3, $4)`,
        [investigationId, actor.agencyId, actor.userId, now],
      );
      await manager.query(
        `INSERT INTO investigation_agency (investigation_id, agency_id, joined_at) VALUES ($1, $2, $3)`,
        [investigationId, actor.agencyId, now],
      );
      for (const caseId of caseIds) await this.link(manager, investigationId, caseId, actor, now);
      await this.outbox.append(manager, InvestigationOpened, {
        subject: investigationId,
        time: now,
        data: { investigationId, leadAgencyId: actor.agencyId, caseIds, at: now.toISOString() },
      });
      return { investigationId, status: 'open' as const, caseIds };
    });
  }

  /**
   * Brings another law-enforcement agency (e.g. the public prosecution) into the investigation. Its
   * investigators and prosecutors will see the suspects, so only those roles may do it.
   */
  addAgency(investigationId: string, request: InvestigationAgencyRequest, actor: Actor, now = new Date()) {
    requireRole(actor, 'investigator', 'prosecutor');
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await findInvestigation(manager, investigationId, actor, true);
        requireOpenInvestigation(row.status);
        const [agency]: { agency_type: string }[] = await manager.query(
          `SELECT agency_type FROM agency_directory WHERE agency_id = $1`,
          [request.agencyId],
        );
        if (!agency || !LAW_ENFORCEMENT.includes(agency.agency_type)) {
          throw new ProblemException('validation', `${request.agencyId} cannot join an investigation`, [
            { field: 'agencyId', message: `must be a known agency of type ${LAW_ENFORCEMENT.join(', ')}` },
          ]);
        }
        await manager.query(
          `INSERT INTO investigation_agency (investigation_id, agency_id, joined_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
          [investigationId, request.agencyId, now],
        );
        return { investigationId, agencyIds: [...new Set([...row.agency_ids, request.agencyId])].sort() };
      }),
    );
  }

  linkCase(investigationId: string, caseId: string, actor: Actor, now = new Date()) {
    requireRole(actor, ...INVESTIGATION_ROLES);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await findInvestigation(manager, investigationId, actor, true);
        requireOpenInvestigation(row.status);
        await this.requireKnownCases(manager, [caseId]);
        await this.link(manager, investigationId, caseId, actor, now);
        return { investigationId, caseIds: [...new Set([...row.case_ids, caseId])].sort() };
      }),
    );
  }

  close(investigationId: string, request: CloseInvestigationRequest, actor: Actor, now = new Date()) {
    requireRole(actor, 'investigator', 'prosecutor', 'supervisor');
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await findInvestigation(manager, investigationId, actor, true);
        requireOpenInvestigation(row.status);
        await manager.query(
          `UPDATE investigation SET status = 'closed', closed_at = $2, close_reason = $3 WHERE investigation_id = $1`,
          [investigationId, now, request.reason],
        );
        await this.outbox.append(manager, InvestigationClosed, {
          subject: investigationId,
          time: now,
          data: {
            investigationId,
            leadAgencyId: row.lead_agency_id,
            caseIds: row.case_ids,
            at: now.toISOString(),
            closeReason: request.reason,
          },
        });
        return { investigationId, status: 'closed' as const };
      }),
    );
  }

  addSuspect(investigationId: string, request: SuspectRequest, actor: Actor, now = new Date()) {
    requireRole(actor, 'investigator', 'prosecutor');
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await findInvestigation(manager, investigationId, actor, true);
        requireOpenInvestigation(row.status);
        const suspectId = randomUUID();
        await manager.query(
          `INSERT INTO suspect (suspect_id, investigation_id, kind, role, nationality, identity_sealed, added_by, added_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            suspectId,
            investigationId,
            request.kind,
            request.role,
            request.nationality ?? null,
            (await this.keyring.sealerFor(manager, suspectId)).sealJson(request.identity),
            actor.userId,
            now,
          ],
        );
        return { suspectId, kind: request.kind, role: request.role };
      }),
    );
  }

  async list(actor: Actor) {
    requireRole(actor, ...INVESTIGATION_ROLES);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT i.investigation_id, i.status, i.lead_agency_id, i.opened_at,
              (SELECT count(*)::int FROM investigation_case c WHERE c.investigation_id = i.investigation_id) AS cases
         FROM investigation i
        WHERE EXISTS (SELECT 1 FROM investigation_agency a WHERE a.investigation_id = i.investigation_id AND a.agency_id = $1)
        ORDER BY i.opened_at DESC LIMIT 200`,
      [actor.agencyId],
    );
    return {
      items: rows.map((r) => ({
        investigationId: r['investigation_id'],
        status: r['status'],
        leadAgencyId: r['lead_agency_id'],
        openedAt: (r['opened_at'] as Date).toISOString(),
        cases: r['cases'],
      })),
    };
  }

  /** An investigation as its agencies see it; suspects' identities only for investigators and prosecutors. */
  async get(investigationId: string, actor: Actor) {
    requireRole(actor, ...INVESTIGATION_ROLES);
    const row = await findInvestigation(this.dataSource.manager, investigationId, actor);
    const identities = maySeeSuspects(row.agency_ids, actor);
    const [suspects, charges, hearings, verdicts]: Record<string, unknown>[][] = await Promise.all([
      this.dataSource.query(
        `SELECT suspect_id, kind, role, nationality, identity_sealed FROM suspect WHERE investigation_id = $1 ORDER BY added_at`,
        [investigationId],
      ),
      this.dataSource.query(
        `SELECT charge_id, suspect_id, law_code, article, other_law_reference, aggravating, version FROM charge
          WHERE investigation_id = $1 ORDER BY filed_at`,
        [investigationId],
      ),
      this.dataSource.query(
        `SELECT h.hearing_id, h.hearing_type, h.court, h.scheduled_on::text, h.status, h.closed_session,
                coalesce(json_agg(json_build_object('caseId', t.case_id, 'measures', t.measures)) FILTER (WHERE t.case_id IS NOT NULL), '[]') AS testimonies
           FROM hearing h LEFT JOIN testimony t ON t.hearing_id = h.hearing_id
          WHERE h.investigation_id = $1 GROUP BY h.hearing_id ORDER BY h.scheduled_on`,
        [investigationId],
      ),
      this.dataSource.query(
        `SELECT v.verdict_id, v.charge_id, v.suspect_id, v.outcome, v.court_level, v.decided_on::text, v.sentence_months,
                v.life_imprisonment, array(SELECT filed_by FROM appeal a WHERE a.verdict_id = v.verdict_id) AS appeals
           FROM verdict v WHERE v.investigation_id = $1 ORDER BY v.decided_on`,
        [investigationId],
      ),
    ]);
    const identityOf = new Map<string, unknown>();
    for (const s of identities ? suspects : []) {
      const id = s['suspect_id'] as string;
      const sealer = await this.keyring.existingSealerFor(this.dataSource.manager, id);
      if (sealer) identityOf.set(id, sealer.openJson(s['identity_sealed'] as string));
    }
    return {
      investigationId,
      status: row.status,
      leadAgencyId: row.lead_agency_id,
      agencyIds: row.agency_ids,
      caseIds: row.case_ids,
      suspects: suspects.map((s) => ({
        suspectId: s['suspect_id'],
        kind: s['kind'],
        role: s['role'],
        nationality: s['nationality'] ?? null,
        ...(identityOf.has(s['suspect_id'] as string)
          ? { identity: identityOf.get(s['suspect_id'] as string) }
          : {}),
      })),
      charges: charges.map((c) => ({
        chargeId: c['charge_id'],
        suspectId: c['suspect_id'],
        lawCode: c['law_code'],
        article: c['article'],
        otherLawReference: c['other_law_reference'] ?? null,
        aggravatingCircumstances: c['aggravating'],
        version: c['version'],
      })),
      hearings: hearings.map((h) => ({
        hearingId: h['hearing_id'],
        hearingType: h['hearing_type'],
        court: h['court'],
        scheduledOn: h['scheduled_on'],
        status: h['status'],
        closedSession: h['closed_session'],
        testimonies: h['testimonies'],
      })),
      verdicts: verdicts.map((v) => ({
        verdictId: v['verdict_id'],
        chargeId: v['charge_id'],
        suspectId: v['suspect_id'],
        outcome: v['outcome'],
        courtLevel: v['court_level'],
        decidedOn: v['decided_on'],
        sentenceMonths: v['sentence_months'] ?? null,
        lifeImprisonment: v['life_imprisonment'],
        appealsBy: v['appeals'],
      })),
    };
  }

  /**
   * The prosecution timeline of one case, for the case view: investigations it belongs to, their
   * hearings, the victim's testimony and the verdicts' outcomes. Never a suspect.
   */
  async caseTimeline(caseId: string, actor: Actor) {
    requireRole(actor, ...CaseRoles);
    const detailed = TIMELINE_DETAIL_ROLES.includes(actor.role);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT i.investigation_id, i.status, i.opened_at,
              (SELECT coalesce(json_agg(json_build_object('hearingId', h.hearing_id, 'hearingType', h.hearing_type,
                        'scheduledOn', h.scheduled_on, 'status', h.status,
                        'victimTestifies', EXISTS (SELECT 1 FROM testimony t WHERE t.hearing_id = h.hearing_id AND t.case_id = $1))
                        ORDER BY h.scheduled_on), '[]') FROM hearing h WHERE h.investigation_id = i.investigation_id) AS hearings,
              (SELECT coalesce(json_object_agg(outcome, n), '{}') FROM
                 (SELECT outcome, count(*)::int AS n FROM verdict v WHERE v.investigation_id = i.investigation_id GROUP BY outcome) o) AS verdicts,
              (SELECT coalesce(json_agg(json_build_object('amount', c.amount, 'currency', c.currency, 'orderedOn', c.ordered_on,
                        'paid', c.paid_on IS NOT NULL)), '[]') FROM compensation c
                WHERE c.investigation_id = i.investigation_id AND c.case_id = $1) AS compensation
         FROM investigation i JOIN investigation_case ic ON ic.investigation_id = i.investigation_id
        WHERE ic.case_id = $1 ORDER BY i.opened_at`,
      [caseId],
    );
    return {
      caseId,
      investigations: rows.map((r) => ({
        investigationId: r['investigation_id'],
        status: r['status'],
        openedAt: (r['opened_at'] as Date).toISOString(),
        verdictsByOutcome: r['verdicts'],
        // Hearing dates and compensation for those who support or decide the case; outcomes for all.
        ...(detailed ? { hearings: r['hearings'], compensation: r['compensation'] } : {}),
      })),
    };
  }

  private async link(
    manager: EntityManager,
    investigationId: string,
    caseId: string,
    actor: Actor,
    now: Date,
  ) {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO investigation_case (investigation_id, case_id, linked_at, linked_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [investigationId, caseId, now, actor.userId],
    );
    if (inserted.length === 0) return;
    await this.outbox.append(manager, CaseLinkedToInvestigation, {
      subject: caseId,
      time: now,
      data: { investigationId, caseId, linkedAt: now.toISOString() },
    });
  }

  /** Cases are known once their referral has reached this service. */
  private async requireKnownCases(manager: EntityManager, caseIds: string[]): Promise<void> {
    const known: { case_id: string }[] = await manager.query(
      `SELECT case_id FROM referred_case WHERE case_id = ANY ($1::uuid[])`,
      [caseIds],
    );
    const missing = caseIds.filter((id) => !known.some((k) => k.case_id === id));
    if (missing.length > 0) {
      throw new ProblemException('validation', 'unknown case ids', [
        { field: 'caseIds', message: `no referred case ${missing.join(', ')}` },
      ]);
    }
  }
}

export type { InvestigationRow };

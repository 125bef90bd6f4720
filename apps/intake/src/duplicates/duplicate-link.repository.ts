import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';
import type { MatchResult } from './match-score';

/** Links between referrals that may be of one person, and the supervisors' decisions on them. */
@Injectable()
export class DuplicateLinkRepository {
  async insertSuspected(
    manager: EntityManager,
    link: { linkId: string; caseId: string; otherCaseId: string; result: MatchResult },
  ): Promise<void> {
    await sqlOf<Tables>(manager)
      .insertInto('duplicate_link')
      .values({
        link_id: link.linkId,
        case_id: link.caseId,
        other_case_id: link.otherCaseId,
        score: link.result.score,
        matched_on: link.result.matchedOn,
        status: 'suspected',
        detected_at: sql<Date>`now()`,
        explanation: JSON.stringify(link.result.explanation),
        rule_version: link.result.ruleVersion,
      })
      .execute();
  }

  /** The link locked for a decision; undefined when there is none. */
  lock(manager: EntityManager, linkId: string) {
    return sqlOf<Tables>(manager)
      .selectFrom('duplicate_link')
      .select(['case_id', 'other_case_id', 'status'])
      .where('link_id', '=', linkId)
      .forUpdate()
      .executeTakeFirst();
  }

  async decide(
    manager: EntityManager,
    linkId: string,
    decision: { status: string; userId: string; agencyId: string; at: Date; reasonSealed: string },
  ): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('duplicate_link')
      .set({
        status: decision.status,
        decided_by_user: decision.userId,
        decided_by_agency: decision.agencyId,
        decided_at: decision.at,
        decision_reason_sealed: decision.reasonSealed,
      })
      .where('link_id', '=', linkId)
      .execute();
  }

  /**
   * Keeps a decision as a label for estimating the weights again: comparison levels and who decided,
   * never an identifier (ADR 0021).
   */
  async recordLabel(
    manager: EntityManager,
    linkId: string,
    label: { label: 'same' | 'different'; agencyId: string; at: Date },
  ): Promise<void> {
    await sql`
      INSERT INTO duplicate_label (link_id, comparisons, label, rule_version, referring_agencies, decided_by_agency, decided_at)
      SELECT d.link_id, (SELECT jsonb_object_agg(e->>'comparison', e->>'level') FROM jsonb_array_elements(d.explanation) e),
             ${label.label}, d.rule_version, ARRAY[a.referring_agency_id, b.referring_agency_id], ${label.agencyId},
             ${label.at}
        FROM duplicate_link d JOIN referral a ON a.case_id = d.case_id JOIN referral b ON b.case_id = d.other_case_id
       WHERE d.link_id = ${linkId} AND d.explanation IS NOT NULL`.execute(sqlOf<Tables>(manager));
  }

  /** Links of the status, oldest first, with both referrals' references and agencies. */
  queue(source: DataSource | EntityManager, status: string) {
    return sqlOf<Tables>(source)
      .selectFrom('duplicate_link as d')
      .innerJoin('referral as a', 'a.case_id', 'd.case_id')
      .innerJoin('referral as b', 'b.case_id', 'd.other_case_id')
      .select([
        'd.link_id',
        'd.case_id',
        'a.case_reference as case_reference',
        'a.referring_agency_id as referring_agency_id',
        'd.other_case_id',
        'b.case_reference as other_case_reference',
        'b.referring_agency_id as other_referring_agency_id',
        'd.score',
        'd.matched_on',
        'd.explanation',
        'd.rule_version',
        'd.status',
        'd.detected_at',
        'd.decided_at',
      ])
      .where('d.status', '=', status)
      .orderBy('d.detected_at')
      .limit(200)
      .execute();
  }

  /** The links of the cases that are not rejected, either way round. */
  ofCases(manager: EntityManager, caseIds: string[]) {
    return sqlOf<Tables>(manager)
      .selectFrom('duplicate_link')
      .select(['case_id', 'other_case_id', 'status'])
      .where((eb) =>
        eb.or([
          eb('case_id', '=', sql<string>`ANY(${caseIds}::uuid[])`),
          eb('other_case_id', '=', sql<string>`ANY(${caseIds}::uuid[])`),
        ]),
      )
      .where('status', '<>', 'rejected')
      .execute();
  }

  /**
   * Forgets what the links knew of an erased person: suspected matches rested on the fingerprints
   * deleted with it; a decided link keeps its decision, but not a reason sealed under the other
   * case's key that may speak of this person.
   */
  async forgetPersonOf(manager: EntityManager, caseId: string): Promise<void> {
    const db = sqlOf<Tables>(manager);
    await db
      .deleteFrom('duplicate_link')
      .where('status', '=', 'suspected')
      .where((eb) => eb.or([eb('case_id', '=', caseId), eb('other_case_id', '=', caseId)]))
      .execute();
    await db
      .updateTable('duplicate_link')
      .set({ decision_reason_sealed: null })
      .where('other_case_id', '=', caseId)
      .execute();
  }
}

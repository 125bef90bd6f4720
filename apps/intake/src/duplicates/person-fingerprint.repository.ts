import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';
import type { Fingerprint } from './fingerprints';

/** An earlier referral that may be of the same person, with the facts the matcher compares. */
export type MatchCandidate = Pick<Selectable<Tables['referral']>, 'case_id' | 'nationalities' | 'sex'>;

/** The keyed fingerprints of each referral's person, and the referrals they point to. */
@Injectable()
export class PersonFingerprintRepository {
  async deleteOf(manager: EntityManager, caseId: string): Promise<void> {
    await sqlOf<Tables>(manager).deleteFrom('person_fingerprint').where('case_id', '=', caseId).execute();
  }

  /** Adds the case's fingerprints, one statement for all of them. */
  async insert(manager: EntityManager, caseId: string, prints: Fingerprint[]): Promise<void> {
    await sql`
      INSERT INTO person_fingerprint (case_id, kind, hash, token)
      SELECT ${caseId}, unnest(${prints.map((p) => p.kind)}::text[]), unnest(${prints.map((p) => p.hash)}::text[]),
             unnest(${prints.map((p) => p.token ?? '')}::text[])`.execute(sqlOf<Tables>(manager));
  }

  /**
   * Candidates share a document or at least two name tokens. The 50 most alike are scored: a shared
   * document first, then a shared birth date (or its day-month swap), then the most name tokens
   * shared, so a common name's many namesakes do not crowd out the one born the same day.
   */
  async candidates(manager: EntityManager, caseId: string, hashes: string[]): Promise<MatchCandidate[]> {
    const { rows } = await sql<MatchCandidate>`
      SELECT r.case_id, r.nationalities, r.sex FROM referral r
        JOIN (SELECT f.case_id, count(*) FILTER (WHERE f.kind = 'name') AS names,
                     bool_or(f.kind = 'document') AS document, bool_or(f.kind = 'birth_date') AS born
                FROM person_fingerprint f
               WHERE f.hash = ANY(${hashes}::text[]) AND f.kind IN ('document', 'name', 'birth_date')
                 AND f.case_id <> ${caseId}
               GROUP BY f.case_id) m ON m.case_id = r.case_id
       WHERE r.status <> 'withdrawn' AND (m.document OR m.names >= 2)
         AND NOT EXISTS (SELECT 1 FROM duplicate_link d
                          WHERE LEAST(d.case_id, d.other_case_id) = LEAST(r.case_id, ${caseId}::uuid)
                            AND GREATEST(d.case_id, d.other_case_id) = GREATEST(r.case_id, ${caseId}::uuid))
       ORDER BY m.document DESC, m.born DESC, m.names DESC
       LIMIT 50`.execute(sqlOf<Tables>(manager));
    return rows;
  }

  /** The facts of the case's own referral the matcher compares beside the fingerprints. */
  factsOf(manager: EntityManager, caseId: string) {
    return sqlOf<Tables>(manager)
      .selectFrom('referral')
      .select(['nationalities', 'sex'])
      .where('case_id', '=', caseId)
      .executeTakeFirst();
  }

  /** The fingerprints of the cases, by case. */
  async ofCases(manager: EntityManager, caseIds: string[]): Promise<Map<string, Fingerprint[]>> {
    const rows = await sqlOf<Tables>(manager)
      .selectFrom('person_fingerprint')
      .select(['case_id', 'kind', 'hash', 'token'])
      .where('case_id', '=', sql<string>`ANY(${caseIds}::uuid[])`)
      .execute();
    const printsOf = new Map<string, Fingerprint[]>();
    for (const p of rows) {
      const list = printsOf.get(p.case_id) ?? [];
      list.push({
        kind: p.kind as Fingerprint['kind'],
        hash: p.hash,
        ...(p.token ? { token: p.token } : {}),
      });
      printsOf.set(p.case_id, list);
    }
    return printsOf;
  }
}

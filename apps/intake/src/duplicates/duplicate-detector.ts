import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersonDto } from '@nrm/api-contracts';
import { DuplicateSuspected } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { PseudonymKey } from '../pseudonyms/pseudonym-key';
import { identifiersOf } from '../referrals/referral-content';
import { MatchRule } from './match-rule';
import { fingerprints, linkFingerprints } from './fingerprints';
import type { Fingerprint } from './fingerprints';
import { scoreMatch } from './match-score';
import { compare } from './person-match';
import type { MatchRecord } from './person-match';

/**
 * Candidates share a document or at least two name tokens. The 50 most alike are scored: a shared
 * document first, then a shared birth date (or its day-month swap), then the most name tokens shared,
 * so a common name's many namesakes do not crowd out the one born the same day.
 */
export const CANDIDATES_SQL = `
  SELECT r.case_id, r.nationalities, r.sex FROM referral r
    JOIN (SELECT f.case_id, count(*) FILTER (WHERE f.kind = 'name') AS names,
                 bool_or(f.kind = 'document') AS document, bool_or(f.kind = 'birth_date') AS born
            FROM person_fingerprint f
           WHERE f.hash = ANY($2::text[]) AND f.kind IN ('document', 'name', 'birth_date') AND f.case_id <> $1
           GROUP BY f.case_id) m ON m.case_id = r.case_id
   WHERE r.status <> 'withdrawn' AND (m.document OR m.names >= 2)
     AND NOT EXISTS (SELECT 1 FROM duplicate_link d
                      WHERE LEAST(d.case_id, d.other_case_id) = LEAST(r.case_id, $1::uuid)
                        AND GREATEST(d.case_id, d.other_case_id) = GREATEST(r.case_id, $1::uuid))
   ORDER BY m.document DESC, m.born DESC, m.names DESC
   LIMIT 50`;

/**
 * Keeps each referral's keyed fingerprints and links a referral to earlier ones that likely concern
 * the same person, for a supervisor to confirm or reject. Identities are compared only as keyed
 * hashes, inside intake; nothing is merged.
 */
@Injectable()
export class DuplicateDetector {
  constructor(
    private readonly key: PseudonymKey,
    private readonly outbox: OutboxWriter,
    private readonly rule: MatchRule,
  ) {}

  /** Replaces the case's fingerprints, links likely duplicates, and returns the fingerprints. */
  async examine(
    manager: EntityManager,
    caseId: string,
    person: PersonDto,
    { newCase = false } = {},
  ): Promise<Fingerprint[]> {
    const prints = fingerprints(identifiersOf(person), this.key.hash);
    // A case being registered has no fingerprints yet; an amended one replaces its own.
    if (!newCase) await manager.query(`DELETE FROM person_fingerprint WHERE case_id = $1`, [caseId]);
    if (prints.length > 0) {
      await manager.query(
        `INSERT INTO person_fingerprint (case_id, kind, hash, token)
         SELECT $1, unnest($2::text[]), unnest($3::text[]), unnest($4::text[])`,
        [caseId, prints.map((p) => p.kind), prints.map((p) => p.hash), prints.map((p) => p.token ?? '')],
      );
    }
    // A swapped birth date is hashed as a birth date, so it meets the other's own.
    const searchable = prints
      .filter((p) => ['document', 'name', 'birth_date', 'birth_date_swapped'].includes(p.kind))
      .map((p) => p.hash);
    if (searchable.length === 0) return prints;
    const candidates: { case_id: string; nationalities: string[]; sex: string }[] = await manager.query(
      CANDIDATES_SQL,
      [caseId, searchable],
    );
    if (candidates.length === 0) return prints;
    const [own]: { nationalities: string[]; sex: string }[] = await manager.query(
      `SELECT nationalities, sex FROM referral WHERE case_id = $1`,
      [caseId],
    );
    const theirPrints: { case_id: string; kind: Fingerprint['kind']; hash: string; token: string }[] =
      await manager.query(
        `SELECT case_id, kind, hash, token FROM person_fingerprint WHERE case_id = ANY($1::uuid[])`,
        [candidates.map((c) => c.case_id)],
      );
    const record: MatchRecord = {
      fingerprints: prints,
      nationalities: own?.nationalities ?? [],
      sex: own?.sex,
    };
    const printsOf = new Map<string, Fingerprint[]>();
    for (const p of theirPrints) {
      const list = printsOf.get(p.case_id) ?? [];
      list.push({ kind: p.kind, hash: p.hash, ...(p.token ? { token: p.token } : {}) });
      printsOf.set(p.case_id, list);
    }
    for (const candidate of candidates) {
      const comparisons = compare(
        record,
        {
          fingerprints: printsOf.get(candidate.case_id) ?? [],
          nationalities: candidate.nationalities,
          sex: candidate.sex,
        },
        this.rule.commonNames,
      );
      const result = scoreMatch(comparisons, this.rule.weights);
      if (result.score < this.rule.weights.threshold) continue;
      const linkId = randomUUID();
      await manager.query(
        `INSERT INTO duplicate_link (link_id, case_id, other_case_id, score, matched_on, status, detected_at, explanation, rule_version)
         VALUES ($1, $2, $3, $4, $5, 'suspected', now(), $6, $7)`,
        [
          linkId,
          caseId,
          candidate.case_id,
          result.score,
          result.matchedOn,
          JSON.stringify(result.explanation),
          result.ruleVersion,
        ],
      );
      await this.outbox.append(manager, DuplicateSuspected, {
        subject: caseId,
        data: {
          linkId,
          caseId,
          otherCaseId: candidate.case_id,
          score: result.score,
          matchedOn: result.matchedOn,
        },
      });
    }
    return prints;
  }

  /** Joins a consented referral to earlier anonymous notices of the same person; returns their ids. */
  async joinAnonymousNotices(
    manager: EntityManager,
    caseId: string,
    prints: Fingerprint[],
  ): Promise<string[]> {
    const links = linkFingerprints(prints).map((p) => p.hash);
    if (links.length === 0) return [];
    // TypeORM answers an UPDATE ... RETURNING with [rows, affected count].
    const [rows]: [{ notice_id: string }[], number] = await manager.query(
      `UPDATE anonymous_notice SET linked_case_id = $1
        WHERE linked_case_id IS NULL
          AND notice_id IN (SELECT notice_id FROM anonymous_notice_link WHERE hash = ANY($2::text[]))
        RETURNING notice_id`,
      [caseId, links],
    );
    return rows.map((r) => r.notice_id);
  }

  /** The pseudonymous link hashes of an anonymous notice. */
  noticeLinks(identifiers: {
    names: string[];
    dateOfBirth?: string;
    documents: { number: string; issuingCountry: string }[];
  }): string[] {
    return linkFingerprints(fingerprints(identifiers, this.key.hash)).map((p) => p.hash);
  }
}

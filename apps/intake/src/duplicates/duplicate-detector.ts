import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersonDto } from '@nrm/api-contracts';
import { DuplicateSuspected } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { PseudonymKey } from '../pseudonyms/pseudonym-key';
import { identifiersOf } from '../referrals/referral-content';
import { LIKELY_DUPLICATE, fingerprints, linkFingerprints, matchScore } from './person-match';
import type { Fingerprint } from './person-match';

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
        `INSERT INTO person_fingerprint (case_id, kind, hash) SELECT $1, unnest($2::text[]), unnest($3::text[])`,
        [caseId, prints.map((p) => p.kind), prints.map((p) => p.hash)],
      );
    }
    const searchable = prints.filter((p) => p.kind === 'document' || p.kind === 'name').map((p) => p.hash);
    if (searchable.length === 0) return prints;
    const candidates: { case_id: string; nationalities: string[] }[] = await manager.query(
      `SELECT r.case_id, r.nationalities FROM referral r
        WHERE r.status <> 'withdrawn' AND r.case_id <> $1
          AND EXISTS (SELECT 1 FROM person_fingerprint f WHERE f.case_id = r.case_id AND f.hash = ANY($2::text[]))
          AND NOT EXISTS (SELECT 1 FROM duplicate_link d
                           WHERE LEAST(d.case_id, d.other_case_id) = LEAST(r.case_id, $1::uuid)
                             AND GREATEST(d.case_id, d.other_case_id) = GREATEST(r.case_id, $1::uuid))
        LIMIT 200`,
      [caseId, searchable],
    );
    if (candidates.length === 0) return prints;
    const own: { nationalities: string[] }[] = await manager.query(
      `SELECT nationalities FROM referral WHERE case_id = $1`,
      [caseId],
    );
    const theirPrints: { case_id: string; kind: Fingerprint['kind']; hash: string }[] = await manager.query(
      `SELECT case_id, kind, hash FROM person_fingerprint WHERE case_id = ANY($1::uuid[])`,
      [candidates.map((c) => c.case_id)],
    );
    for (const candidate of candidates) {
      const result = matchScore(
        { fingerprints: prints, nationalities: own[0]?.nationalities ?? [] },
        {
          fingerprints: theirPrints.filter((p) => p.case_id === candidate.case_id),
          nationalities: candidate.nationalities,
        },
      );
      if (result.score < LIKELY_DUPLICATE) continue;
      const linkId = randomUUID();
      await manager.query(
        `INSERT INTO duplicate_link (link_id, case_id, other_case_id, score, matched_on, status, detected_at)
         VALUES ($1, $2, $3, $4, $5, 'suspected', now())`,
        [linkId, caseId, candidate.case_id, result.score, result.matchedOn],
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

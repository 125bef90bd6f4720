import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersonDto } from '@nrm/api-contracts';
import { DuplicateSuspected } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { PseudonymKey } from '../pseudonyms/pseudonym-key';
import { identifiersOf } from '../referrals/referral-content';
import { DuplicateLinkRepository } from './duplicate-link.repository';
import { fingerprints, linkFingerprints } from './fingerprints';
import type { Fingerprint } from './fingerprints';
import { MatchRule } from './match-rule';
import { scoreMatch } from './match-score';
import { compare } from './person-match';
import type { MatchRecord } from './person-match';
import { PersonFingerprintRepository } from './person-fingerprint.repository';

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
    private readonly fingerprints: PersonFingerprintRepository,
    private readonly links: DuplicateLinkRepository,
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
    if (!newCase) await this.fingerprints.deleteOf(manager, caseId);
    if (prints.length > 0) await this.fingerprints.insert(manager, caseId, prints);
    // A swapped birth date is hashed as a birth date, so it meets the other's own.
    const searchable = prints
      .filter((p) => ['document', 'name', 'birth_date', 'birth_date_swapped'].includes(p.kind))
      .map((p) => p.hash);
    if (searchable.length === 0) return prints;
    const candidates = await this.fingerprints.candidates(manager, caseId, searchable);
    if (candidates.length === 0) return prints;
    const own = await this.fingerprints.factsOf(manager, caseId);
    const printsOf = await this.fingerprints.ofCases(
      manager,
      candidates.map((c) => c.case_id),
    );
    const record: MatchRecord = {
      fingerprints: prints,
      nationalities: own?.nationalities ?? [],
      sex: own?.sex,
    };
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
      await this.links.insertSuspected(manager, { linkId, caseId, otherCaseId: candidate.case_id, result });
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

  /** The pseudonymous link hashes of an anonymous notice. */
  noticeLinks(identifiers: {
    names: string[];
    dateOfBirth?: string;
    documents: { number: string; issuingCountry: string }[];
  }): string[] {
    return linkFingerprints(fingerprints(identifiers, this.key.hash)).map((p) => p.hash);
  }
}

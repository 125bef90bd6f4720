import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DuplicateLinkPage, MatchEvidenceResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { ReferralAccess } from '../../referrals/referral-access';
import { DuplicateLinkRepository } from '../duplicate-link.repository';
import { Routes } from '@nrm/api-contracts';

const STATUSES = ['suspected', 'confirmed', 'rejected'];

/** The duplicate review queue of the competent authority: references and scores, never identities. */
@Injectable()
export class DuplicateQueue {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ReferralAccess,
    private readonly links: DuplicateLinkRepository,
  ) {}

  async execute(actor: Actor, status: string): Promise<DuplicateLinkPage> {
    permit(actor, Routes.listDuplicates);
    await this.access.requireCompetentAuthority(actor);
    if (!STATUSES.includes(status)) {
      throw new ProblemException('validation', 'the query is not valid', [
        { field: 'status', message: `status must be one of ${STATUSES.join(', ')}` },
      ]);
    }
    const rows = await this.links.queue(this.dataSource, status);
    return {
      items: rows.map((r) => ({
        linkId: r.link_id,
        caseId: r.case_id,
        caseReference: r.case_reference,
        referringAgencyId: r.referring_agency_id,
        otherCaseId: r.other_case_id,
        otherCaseReference: r.other_case_reference,
        otherReferringAgencyId: r.other_referring_agency_id,
        score: Number(r.score),
        matchedOn: r.matched_on,
        // Which comparisons matched or conflicted, with their weights; no identifier of either person.
        explanation: (r.explanation as MatchEvidenceResponse[] | null) ?? null,
        ruleVersion: r.rule_version ?? null,
        status: r.status,
        detectedAt: r.detected_at.toISOString(),
        decidedAt: r.decided_at ? r.decided_at.toISOString() : null,
      })),
    };
  }
}

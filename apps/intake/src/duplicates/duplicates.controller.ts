import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DuplicateDecisionRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor, ProblemException, requireRole } from '@nrm/service-kit';
import { ReferralAccess } from '../referrals/referral-access';
import { DecideDuplicate } from './decide-duplicate.usecase';

const STATUSES = ['suspected', 'confirmed', 'rejected'];

/** The duplicate review queue of the competent authority: references and scores, never identities. */
@Controller('internal/referrals/duplicates')
export class DuplicatesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly decideDuplicate: DecideDuplicate,
    private readonly access: ReferralAccess,
  ) {}

  @Get()
  async list(@CurrentActor() actor: Actor, @Query('status') status = 'suspected') {
    requireRole(actor, 'supervisor', 'identification_officer');
    await this.access.requireCompetentAuthority(actor);
    if (!STATUSES.includes(status)) {
      throw new ProblemException('validation', 'the query is not valid', [
        { field: 'status', message: `status must be one of ${STATUSES.join(', ')}` },
      ]);
    }
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT d.link_id, d.case_id, a.case_reference AS case_reference, a.referring_agency_id AS referring_agency_id,
              d.other_case_id, b.case_reference AS other_case_reference, b.referring_agency_id AS other_referring_agency_id,
              d.score, d.matched_on, d.explanation, d.rule_version, d.status, d.detected_at, d.decided_at
         FROM duplicate_link d JOIN referral a ON a.case_id = d.case_id JOIN referral b ON b.case_id = d.other_case_id
        WHERE d.status = $1 ORDER BY d.detected_at LIMIT 200`,
      [status],
    );
    return {
      items: rows.map((r) => ({
        linkId: r['link_id'],
        caseId: r['case_id'],
        caseReference: r['case_reference'],
        referringAgencyId: r['referring_agency_id'],
        otherCaseId: r['other_case_id'],
        otherCaseReference: r['other_case_reference'],
        otherReferringAgencyId: r['other_referring_agency_id'],
        score: Number(r['score']),
        matchedOn: r['matched_on'],
        // Which comparisons matched or conflicted, with their weights; no identifier of either person.
        explanation: r['explanation'] ?? null,
        ruleVersion: r['rule_version'] ?? null,
        status: r['status'],
        detectedAt: (r['detected_at'] as Date).toISOString(),
        decidedAt: r['decided_at'] ? (r['decided_at'] as Date).toISOString() : null,
      })),
    };
  }

  @Post(':linkId/decision')
  @HttpCode(204)
  async decide(
    @Param('linkId', new ParseUUIDPipe()) linkId: string,
    @Body() body: DuplicateDecisionRequest,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await this.decideDuplicate.execute(linkId, body, actor);
  }
}

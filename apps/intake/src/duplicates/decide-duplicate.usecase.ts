import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DuplicateDecisionRequest } from '@nrm/api-contracts';
import { DuplicateConfirmed, DuplicateRejected } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { DataKeyring } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { ProblemException, requireRole } from '@nrm/service-kit';
import { ReferralAccess } from '../referrals/referral-access';

/** A supervisor confirms or rejects a suspected duplicate; the referrals stay separate either way. */
@Injectable()
export class DecideDuplicate {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
    private readonly access: ReferralAccess,
  ) {}

  async execute(
    linkId: string,
    request: DuplicateDecisionRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<void> {
    requireRole(actor, 'supervisor');
    await this.access.requireCompetentAuthority(actor);
    await this.dataSource.transaction(async (manager) => {
      const rows: { case_id: string; other_case_id: string; status: string }[] = await manager.query(
        `SELECT case_id, other_case_id, status FROM duplicate_link WHERE link_id = $1 FOR UPDATE`,
        [linkId],
      );
      if (rows.length === 0) throw new ProblemException('notFound', 'no such duplicate link');
      const link = rows[0];
      if (link.status !== 'suspected')
        throw new ProblemException('conflict', `the link was already ${link.status}`);
      await manager.query(
        `UPDATE duplicate_link SET status = $2, decided_by_user = $3, decided_by_agency = $4, decided_at = $5,
           decision_reason_sealed = $6 WHERE link_id = $1`,
        [
          linkId,
          request.decision,
          actor.userId,
          actor.agencyId,
          now,
          (await this.keyring.sealerFor(manager, link.case_id)).seal(request.reason),
        ],
      );
      // The decision is a label for estimating the weights again: comparison levels and who decided,
      // never an identifier (ADR 0021).
      await manager.query(
        `INSERT INTO duplicate_label (link_id, comparisons, label, rule_version, referring_agencies, decided_by_agency, decided_at)
         SELECT d.link_id, (SELECT jsonb_object_agg(e->>'comparison', e->>'level') FROM jsonb_array_elements(d.explanation) e),
                $2, d.rule_version, ARRAY[a.referring_agency_id, b.referring_agency_id], $3, $4
           FROM duplicate_link d JOIN referral a ON a.case_id = d.case_id JOIN referral b ON b.case_id = d.other_case_id
          WHERE d.link_id = $1 AND d.explanation IS NOT NULL`,
        [linkId, request.decision === 'confirmed' ? 'same' : 'different', actor.agencyId, now],
      );
      const event = request.decision === 'confirmed' ? DuplicateConfirmed : DuplicateRejected;
      await this.outbox.append(manager, event, {
        subject: link.case_id,
        time: now,
        data: {
          linkId,
          caseId: link.case_id,
          otherCaseId: link.other_case_id,
          decidedByAgencyId: actor.agencyId,
          decidedAt: now.toISOString(),
        },
      });
    });
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { LeadAgencyRequest } from '@nrm/api-contracts';
import { ProtectionLeadChanged } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import { ProtectionAccess } from './protection-access';

/**
 * A supervisor of the lead agency (or of the competent authority) hands a protection case to another
 * protection agency, whose case workers then manage it; the agency that led it no longer sees it
 * unless a referral or a placement ties it to the case.
 */
@Injectable()
export class CaseLead {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProtectionAccess,
    private readonly outbox: OutboxWriter,
  ) {}

  async handOver(caseId: string, request: LeadAgencyRequest, actor: Actor) {
    await this.access.requireCaseManager(this.dataSource.manager, caseId, actor, ['supervisor']);
    if (!(await this.access.isProtectionAgency(request.agencyId))) {
      const message = 'must be a shelter, NGO, IOM or the competent authority';
      throw new ProblemException('validation', 'that agency does not manage protection cases', [
        { field: 'agencyId', message },
      ]);
    }
    const isAuthority = await this.access.isCompetentAuthority(actor.agencyId);
    const now = new Date();
    return this.dataSource.transaction(async (manager) => {
      // Only while the actor's agency still leads it (or is the competent authority): a hand-over made
      // meanwhile by someone else wins.
      const [rows]: [{ case_reference: string; previous: string }[], number] = await manager.query(
        `UPDATE protection_case c SET lead_agency_id = $2
           FROM (SELECT case_id, coalesce(lead_agency_id, $4) AS previous FROM protection_case WHERE case_id = $1 FOR UPDATE) p
          WHERE c.case_id = p.case_id AND c.status IN ('open', 'closure_requested') AND ($5 OR p.previous = $3)
         RETURNING c.case_reference, p.previous`,
        [caseId, request.agencyId, actor.agencyId, this.access.defaultLeadAgencyId, isAuthority],
      );
      if (rows.length === 0) {
        const [c]: unknown[] = await manager.query(
          `SELECT 1 FROM protection_case WHERE case_id = $1 AND status <> 'awaiting'`,
          [caseId],
        );
        if (!c) throw new ProblemException('notFound', 'no protection case for this case');
        throw new ProblemException('conflict', 'the case is closed, or its lead was handed over meanwhile');
      }
      const [{ case_reference: caseReference, previous }] = rows;
      await this.outbox.append(manager, ProtectionLeadChanged, {
        subject: caseId,
        time: now,
        data: {
          caseId,
          caseReference,
          leadAgencyId: request.agencyId,
          previousLeadAgencyId: previous,
          changedAt: now.toISOString(),
        },
      });
      return { caseId, leadAgencyId: request.agencyId };
    });
  }
}

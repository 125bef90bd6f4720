import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { LeadAgencyRequest } from '@nrm/api-contracts';
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
  ) {}

  async handOver(caseId: string, request: LeadAgencyRequest, actor: Actor) {
    await this.access.requireCaseManager(this.dataSource.manager, caseId, actor, ['supervisor']);
    if (!(await this.access.isProtectionAgency(request.agencyId))) {
      const message = 'must be a shelter, NGO, IOM or the competent authority';
      throw new ProblemException('validation', 'that agency does not manage protection cases', [
        { field: 'agencyId', message },
      ]);
    }
    // Only while the actor's agency still leads it (or is the competent authority): a hand-over made
    // meanwhile by someone else wins.
    const [rows]: [{ status: string }[], number] = await this.dataSource.query(
      `UPDATE protection_case SET lead_agency_id = $2
        WHERE case_id = $1 AND status IN ('open', 'closure_requested')
          AND ($5 OR coalesce(lead_agency_id, $4) = $3)
       RETURNING status`,
      [
        caseId,
        request.agencyId,
        actor.agencyId,
        this.access.defaultLeadAgencyId,
        await this.access.isCompetentAuthority(actor.agencyId),
      ],
    );
    if (rows.length === 0) {
      const [c]: unknown[] = await this.dataSource.query(
        `SELECT 1 FROM protection_case WHERE case_id = $1 AND status <> 'awaiting'`,
        [caseId],
      );
      if (!c) throw new ProblemException('notFound', 'no protection case for this case');
      throw new ProblemException('conflict', 'the case is closed, or its lead was handed over meanwhile');
    }
    return { caseId, leadAgencyId: request.agencyId };
  }
}

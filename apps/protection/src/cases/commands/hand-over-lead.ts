import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { LeadAgencyRequest, LeadAgencyResponse } from '@nrm/api-contracts';
import { ProtectionLeadChanged } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import { CaseRepository } from '../case.repository';
import { ProtectionAccess } from '../protection-access';
import { Routes } from '@nrm/api-contracts';

/**
 * A supervisor of the lead agency (or of the competent authority) hands a protection case to another
 * protection agency, whose case workers then manage it; the agency that led it no longer sees it
 * unless a referral or a placement ties it to the case.
 */
@Injectable()
export class HandOverLead {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProtectionAccess,
    private readonly outbox: OutboxWriter,
    private readonly cases: CaseRepository,
  ) {}

  async execute(caseId: string, request: LeadAgencyRequest, actor: Actor): Promise<LeadAgencyResponse> {
    await this.access.requireCaseManager(this.dataSource.manager, caseId, actor, Routes.handOverLead);
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
      const changed = await this.cases.handOver(manager, caseId, {
        to: request.agencyId,
        by: actor.agencyId,
        byAuthority: isAuthority,
        defaultLead: this.access.defaultLeadAgencyId,
      });
      if (!changed) {
        if (!(await this.cases.hasOpened(manager, caseId))) {
          throw new ProblemException('notFound', 'no protection case for this case');
        }
        throw new ProblemException('conflict', 'the case is closed, or its lead was handed over meanwhile');
      }
      await this.outbox.append(manager, ProtectionLeadChanged, {
        subject: caseId,
        time: now,
        data: {
          caseId,
          caseReference: changed.case_reference,
          leadAgencyId: request.agencyId,
          previousLeadAgencyId: changed.previous,
          changedAt: now.toISOString(),
        },
      });
      return { caseId, leadAgencyId: request.agencyId };
    });
  }
}

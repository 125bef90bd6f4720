import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InvestigationOpenedResponse, OpenInvestigationRequest } from '@nrm/api-contracts';
import { InvestigationOpened } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { CaseLinks } from '../case-links';
import { InvestigationRepository } from '../investigation.repository';
import { Routes } from '@nrm/api-contracts';

/** Opens an investigation led by the actor's agency, linked to the referred cases it concerns. */
@Injectable()
export class OpenInvestigation {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly investigations: InvestigationRepository,
    private readonly caseLinks: CaseLinks,
  ) {}

  execute(
    request: OpenInvestigationRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<InvestigationOpenedResponse> {
    permit(actor, Routes.openInvestigation);
    return this.dataSource.transaction(async (manager) => {
      const caseIds = [...new Set(request.caseIds)];
      await this.caseLinks.requireKnown(manager, caseIds);
      const investigationId = randomUUID();
      await this.investigations.insert(manager, investigationId, actor, now);
      for (const caseId of caseIds) await this.caseLinks.link(manager, investigationId, caseId, actor, now);
      await this.outbox.append(manager, InvestigationOpened, {
        subject: investigationId,
        time: now,
        data: { investigationId, leadAgencyId: actor.agencyId, caseIds, at: now.toISOString() },
      });
      return { investigationId, status: 'open' as const, caseIds };
    });
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { requireOpenInvestigation } from '../../proceedings/proceedings-rules';
import { asProblem } from '../../proceedings/refusals';
import { CaseLinks } from '../case-links';
import { InvestigationRepository } from '../investigation.repository';
import { Routes } from '@nrm/api-contracts';
import type { InvestigationCasesResponse } from '@nrm/api-contracts';

/** Links another referred case (victim) to an open investigation. */
@Injectable()
export class LinkCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly investigations: InvestigationRepository,
    private readonly caseLinks: CaseLinks,
  ) {}

  execute(
    investigationId: string,
    caseId: string,
    actor: Actor,
    now = new Date(),
  ): Promise<InvestigationCasesResponse> {
    permit(actor, Routes.linkCase);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await this.investigations.findFor(manager, investigationId, actor, { lock: true });
        requireOpenInvestigation(row.status);
        await this.caseLinks.requireKnown(manager, [caseId]);
        await this.caseLinks.link(manager, investigationId, caseId, actor, now);
        return { investigationId, caseIds: [...new Set([...row.case_ids, caseId])].sort() };
      }),
    );
  }
}

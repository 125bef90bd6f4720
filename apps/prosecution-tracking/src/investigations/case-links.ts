import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CaseLinkedToInvestigation } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import { ReferredCaseRepository } from '../referred-cases/referred-case.repository';
import { InvestigationRepository } from './investigation.repository';

/** Links referred cases to an investigation, telling the other services of each new link. */
@Injectable()
export class CaseLinks {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly investigations: InvestigationRepository,
    private readonly referredCases: ReferredCaseRepository,
  ) {}

  /** Cases are known once their referral has reached this service. */
  async requireKnown(manager: EntityManager, caseIds: string[]): Promise<void> {
    const known = await this.referredCases.known(manager, caseIds);
    const missing = caseIds.filter((id) => !known.includes(id));
    if (missing.length > 0) {
      throw new ProblemException('validation', 'unknown case ids', [
        { field: 'caseIds', message: `no referred case ${missing.join(', ')}` },
      ]);
    }
  }

  async link(manager: EntityManager, investigationId: string, caseId: string, actor: Actor, now: Date) {
    if (!(await this.investigations.linkCase(manager, investigationId, caseId, actor, now))) return;
    await this.outbox.append(manager, CaseLinkedToInvestigation, {
      subject: caseId,
      time: now,
      data: { investigationId, caseId, linkedAt: now.toISOString() },
    });
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProtectionCaseOpened } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { CaseRepository } from '../case.repository';
import type { CaseFacts } from '../case.repository';
import { openingReason } from '../case-rules';
import { ProtectionAccess } from '../protection-access';

/**
 * Keeps what protection knows of each referred case and opens its protection case the first time
 * the facts call for it: a child or an urgent risk at once, otherwise a positive preliminary
 * decision. Events may come in any order across topics; the case opens once whichever comes first.
 */
@Injectable()
export class RecordCaseFacts {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly access: ProtectionAccess,
    private readonly cases: CaseRepository,
  ) {}

  async execute(manager: EntityManager, facts: CaseFacts, at: Date): Promise<void> {
    const row = await this.cases.recordFacts(manager, facts);
    // A case opens with a reference; every event that can open one carries it.
    if (row.status !== 'awaiting' || row.case_reference === null) return;
    const reason = openingReason({
      personIsChild: row.person_is_child,
      urgentRisk: row.urgent_risk,
      presumedVictim: row.presumed_victim,
    });
    if (!reason) return;
    await this.cases.open(manager, facts.caseId, reason, at);
    await this.outbox.append(manager, ProtectionCaseOpened, {
      subject: facts.caseId,
      time: at,
      data: {
        caseId: facts.caseId,
        caseReference: row.case_reference,
        openedBecause: reason,
        personIsChild: row.person_is_child,
        openedAt: at.toISOString(),
        leadAgencyId: row.lead_agency_id ?? this.access.defaultLeadAgencyId,
      },
    });
  }
}

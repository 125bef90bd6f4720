import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { ScreeningStatusResponse } from '@nrm/api-contracts';
import { LocalDate } from '@nrm/calendar';
import type { Actor } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import { PolicyRepository } from '../policy/policy.repository';
import type { ActivePolicy } from '../policy/policy.repository';
import { ScreeningRepository } from '../screening/screening.repository';
import type { ScreeningRow } from '../screening/screening.repository';
import { TransitionRefused } from './screening-lifecycle';
import type { ScreeningStatus } from './screening-lifecycle';

/** What a change of a screening is given: the transaction, the locked screening, the policy, today. */
export interface ScreeningChangeContext {
  manager: EntityManager;
  row: ScreeningRow;
  policy: ActivePolicy;
  today: LocalDate;
}

/**
 * The frame of every decision command: one transaction that locks the screening (404 unless it is
 * the actor's agency's, where `assignedOnly`), reads the policy, applies the change, and answers a
 * refused transition as a 409.
 */
@Injectable()
export class ScreeningChange {
  constructor(
    private readonly dataSource: DataSource,
    private readonly screenings: ScreeningRepository,
    private readonly policies: PolicyRepository,
  ) {}

  async run(
    caseId: string,
    actor: Actor,
    now: Date,
    assignedOnly: boolean,
    apply: (context: ScreeningChangeContext) => Promise<ScreeningStatus>,
  ): Promise<ScreeningStatusResponse> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const row = await this.screenings.lock(manager, caseId);
        if (!row || (assignedOnly && row.assigned_agency_id !== actor.agencyId)) {
          throw new ProblemException('notFound', 'no screening for this case');
        }
        const policy = await this.policies.defaultPolicy(manager);
        const today = LocalDate.of(now, policy.timeZone);
        return { status: await apply({ manager, row, policy, today }) };
      });
    } catch (error) {
      if (error instanceof TransitionRefused) throw new ProblemException('conflict', error.message);
      throw error;
    }
  }
}

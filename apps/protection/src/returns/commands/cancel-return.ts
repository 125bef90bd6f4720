import type { ReturnCancelledResponse } from '@nrm/api-contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { CaseRepository } from '../../cases/case.repository';
import { ProtectionRuleRefused } from '../../cases/case-rules';
import { ProtectionAccess } from '../../cases/protection-access';
import { asProblem } from '../../cases/refusals';
import { ReturnPlanRepository } from '../return-plan.repository';
import { Routes } from '@nrm/api-contracts';

/** Cancels a planned return that has not happened. */
@Injectable()
export class CancelReturn {
  constructor(
    private readonly access: ProtectionAccess,
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly returns: ReturnPlanRepository,
  ) {}

  async execute(caseId: string, actor: Actor, now = new Date()): Promise<ReturnCancelledResponse> {
    await this.access.requireCaseManager(this.dataSource.manager, caseId, actor, Routes.cancelReturn);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        await this.cases.lock(manager, caseId);
        const current = await this.returns.lockLive(manager, caseId);
        if (current?.status !== 'planned')
          throw new ProtectionRuleRefused('there is no planned return to cancel');
        await this.returns.cancel(manager, current.return_id, now);
        return { status: 'cancelled' as const };
      }),
    );
  }
}

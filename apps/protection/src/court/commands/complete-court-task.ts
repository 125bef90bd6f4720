import type { CourtTaskDoneResponse } from '@nrm/api-contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import { CaseRepository } from '../../cases/case.repository';
import { ProtectionRuleRefused } from '../../cases/case-rules';
import { ProtectionAccess } from '../../cases/protection-access';
import { asProblem } from '../../cases/refusals';
import { CourtTaskRepository } from '../court-task.repository';
import { Routes } from '@nrm/api-contracts';

/** A case worker marks a court task done. */
@Injectable()
export class CompleteCourtTask {
  constructor(
    private readonly access: ProtectionAccess,
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly tasks: CourtTaskRepository,
  ) {}

  async execute(
    caseId: string,
    taskId: string,
    actor: Actor,
    now = new Date(),
  ): Promise<CourtTaskDoneResponse> {
    await this.access.requireCaseManager(this.dataSource.manager, caseId, actor, Routes.completeCourtTask);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        await this.cases.lock(manager, caseId);
        const task = await this.tasks.lock(manager, caseId, taskId);
        if (!task) throw new ProblemException('notFound', 'no such court task');
        if (task.status === 'done') throw new ProtectionRuleRefused('the task is already done');
        await this.tasks.markDone(manager, taskId, actor.userId, now);
        return { taskId, status: 'done' as const };
      }),
    );
  }
}

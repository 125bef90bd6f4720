import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { LocalDate } from '@nrm/calendar';
import { CourtTasksCreated } from '@nrm/contracts';
import type { VictimTestimonyV1 } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { ProblemException, SERVICE_CONFIG } from '@nrm/service-kit';
import { CaseOpening } from '../cases/case-opening';
import { ProtectionRuleRefused } from '../cases/case-rules';
import { asProblem, lockCase } from '../cases/case-store';
import type { ProtectionConfig } from '../protection.config';
import { OPEN_SERVICE_REFERRAL } from '../services/service-referral-rules';
import { courtTasks, courtTasksDueOn } from './court-task-rules';
import { ProtectionAccess } from '../cases/protection-access';

/** The tasks a victim's testimony implies for protection, and the agencies holding the case told of it. */
@Injectable()
export class CourtTasks {
  constructor(
    private readonly access: ProtectionAccess,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly opening: CaseOpening,
    @Inject(SERVICE_CONFIG) private readonly config: ProtectionConfig,
  ) {}

  /** Creates the tasks, or re-dates the open ones when the hearing moved; once per hearing and task. */
  async onTestimony(manager: EntityManager, t: VictimTestimonyV1, now: Date): Promise<void> {
    // The referral may not have reached protection yet (topics are not ordered with each other):
    // record what is known, so the tasks are kept and show once the case opens.
    await this.opening.learn(manager, { caseId: t.caseId, caseReference: t.caseReference }, now);
    const today = LocalDate.of(now, this.config.JURISDICTION_TIME_ZONE);
    const dueOn = courtTasksDueOn(LocalDate.parse(t.hearingDate), today).toString();
    const taskTypes = courtTasks(t.measures);
    for (const taskType of taskTypes) {
      await manager.query(
        `INSERT INTO court_task (task_id, case_id, hearing_id, task_type, hearing_date, due_on) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (case_id, hearing_id, task_type) DO UPDATE SET hearing_date = $5,
           due_on = CASE WHEN court_task.status = 'open' THEN $6 ELSE court_task.due_on END`,
        [randomUUID(), t.caseId, t.hearingId, taskType, t.hearingDate, dueOn],
      );
    }
    const agencies: { agency_id: string }[] = await manager.query(
      `SELECT provider_id AS agency_id FROM service_referral WHERE case_id = $1 AND status = ANY ($2::text[])
       UNION
       SELECT s.provider_id FROM placement p JOIN shelter s USING (shelter_id)
        WHERE p.case_id = $1 AND p.status IN ('placed', 'checked_in')
       ORDER BY 1`,
      [t.caseId, OPEN_SERVICE_REFERRAL],
    );
    await this.outbox.append(manager, CourtTasksCreated, {
      subject: t.caseId,
      time: now,
      data: {
        caseId: t.caseId,
        caseReference: t.caseReference,
        hearingId: t.hearingId,
        hearingDate: t.hearingDate,
        taskTypes,
        dueOn,
        agencyIds: agencies.map((a) => a.agency_id),
      },
    });
  }

  async done(caseId: string, taskId: string, actor: Actor, now = new Date()) {
    await this.access.requireCaseManager(this.dataSource.manager, caseId, actor);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        await lockCase(manager, caseId);
        const [task]: { status: string }[] = await manager.query(
          `SELECT status FROM court_task WHERE task_id = $1 AND case_id = $2 FOR UPDATE`,
          [taskId, caseId],
        );
        if (!task) throw new ProblemException('notFound', 'no such court task');
        if (task.status === 'done') throw new ProtectionRuleRefused('the task is already done');
        await manager.query(
          `UPDATE court_task SET status = 'done', done_by = $2, done_at = $3 WHERE task_id = $1`,
          [taskId, actor.userId, now],
        );
        return { taskId, status: 'done' as const };
      }),
    );
  }
}

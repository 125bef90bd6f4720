import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';
import { OPEN_SERVICE_REFERRAL } from '../services/service-referral-rules';

/** The tasks a hearing implies for a case's protection, once per hearing and task type. */
@Injectable()
export class CourtTaskRepository {
  /** Creates the task, or re-dates it to the hearing moved (its due date only while it is open). */
  async upsert(
    manager: EntityManager,
    task: { caseId: string; hearingId: string; taskType: string; hearingDate: string; dueOn: string },
  ): Promise<void> {
    await sqlOf<Tables>(manager)
      .insertInto('court_task')
      .values({
        task_id: randomUUID(),
        case_id: task.caseId,
        hearing_id: task.hearingId,
        task_type: task.taskType,
        hearing_date: task.hearingDate,
        due_on: task.dueOn,
      })
      .onConflict((oc) =>
        oc.columns(['case_id', 'hearing_id', 'task_type']).doUpdateSet({
          hearing_date: task.hearingDate,
          due_on: sql`CASE WHEN court_task.status = 'open' THEN ${task.dueOn}::date ELSE court_task.due_on END`,
        }),
      )
      .execute();
  }

  /** The agencies holding the case: open service referrals and a current shelter placement. */
  async agenciesHolding(manager: EntityManager, caseId: string): Promise<string[]> {
    const { rows } = await sql<{ agency_id: string }>`
      SELECT provider_id AS agency_id FROM service_referral
       WHERE case_id = ${caseId} AND status = ANY (${OPEN_SERVICE_REFERRAL}::text[])
      UNION
      SELECT s.provider_id FROM placement p JOIN shelter s USING (shelter_id)
       WHERE p.case_id = ${caseId} AND p.status IN ('placed', 'checked_in')
      ORDER BY 1`.execute(sqlOf<Tables>(manager));
    return rows.map((row) => row.agency_id);
  }

  /** Locks a task of the case. */
  lock(manager: EntityManager, caseId: string, taskId: string) {
    return sqlOf<Tables>(manager)
      .selectFrom('court_task')
      .select('status')
      .where('task_id', '=', taskId)
      .where('case_id', '=', caseId)
      .forUpdate()
      .executeTakeFirst();
  }

  async markDone(manager: EntityManager, taskId: string, by: string, at: Date): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('court_task')
      .set({ status: 'done', done_by: by, done_at: at })
      .where('task_id', '=', taskId)
      .execute();
  }
}

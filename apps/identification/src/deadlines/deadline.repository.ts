import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { DeadlineKinds } from '@nrm/api-contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { dayText, sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';

/** Kinds of deadline a screening has. */
export type DeadlineKind = (typeof DeadlineKinds)[number];

const dueOn = dayText('due_on').as('due_on');

/** The screenings' deadlines, in working or calendar days, and their alerts. */
@Injectable()
export class DeadlineRepository {
  async add(
    manager: EntityManager,
    caseId: string,
    kind: DeadlineKind,
    due: string,
    workingDays?: number,
  ): Promise<void> {
    await sqlOf<Tables>(manager)
      .insertInto('deadline')
      .values({
        deadline_id: randomUUID(),
        case_id: caseId,
        kind,
        due_on: due,
        ...(workingDays === undefined ? {} : { working_days: workingDays }),
      })
      .execute();
  }

  /** Marks a pending deadline met; returns its due date. */
  async meet(manager: EntityManager, caseId: string, kind: DeadlineKind): Promise<string | undefined> {
    const met = await sqlOf<Tables>(manager)
      .updateTable('deadline')
      .set({ status: 'met' })
      .where('case_id', '=', caseId)
      .where('kind', '=', kind)
      .where('status', '=', 'pending')
      .returning(dueOn)
      .executeTakeFirst();
    return met?.due_on;
  }

  /** The recovery period now ends on `endsOn`: its pending end replaced. */
  async scheduleRecoveryEnd(manager: EntityManager, caseId: string, endsOn: string): Promise<void> {
    await sqlOf<Tables>(manager)
      .deleteFrom('deadline')
      .where('case_id', '=', caseId)
      .where('kind', '=', 'recovery_period_end')
      .where('status', '=', 'pending')
      .execute();
    await this.add(manager, caseId, 'recovery_period_end', endsOn);
  }

  async cancelPending(manager: EntityManager, caseId: string): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('deadline')
      .set({ status: 'cancelled' })
      .where('case_id', '=', caseId)
      .where('status', '=', 'pending')
      .execute();
  }

  /** A case's deadlines in the order they were set. */
  async ofCase(source: DataSource, caseId: string) {
    return sqlOf<Tables>(source)
      .selectFrom('deadline')
      .select(['kind', dueOn, 'status'])
      .where('case_id', '=', caseId)
      .orderBy('created_at')
      .execute();
  }

  /**
   * Pending deadlines due by `horizon` not yet breached, with their screening, locked (skipping
   * those another pass holds).
   */
  async dueForAlerts(manager: EntityManager, horizon: string) {
    return sqlOf<Tables>(manager)
      .selectFrom('deadline as d')
      .innerJoin('screening as s', 's.case_id', 'd.case_id')
      .select([
        'd.deadline_id',
        'd.case_id',
        'd.kind',
        dayText('d.due_on').as('due_on'),
        'd.warned_at',
        'd.breached_at',
        's.case_reference',
        's.assigned_agency_id',
      ])
      .where('d.status', '=', 'pending')
      .where('d.kind', '<>', 'recovery_period_end')
      .where('d.breached_at', 'is', null)
      .where('d.due_on', '<=', sql<Date>`${horizon}`)
      .orderBy('d.due_on')
      .limit(500)
      .forUpdate('d')
      .skipLocked()
      .execute();
  }

  /** Recovery periods whose end has come: their deadlines done, once; the cases returned. */
  async endRecoveryPeriodsDue(manager: EntityManager, today: string) {
    return sqlOf<Tables>(manager)
      .updateTable('deadline')
      .set({ status: 'done' })
      .where('deadline_id', 'in', (eb) =>
        eb
          .selectFrom('deadline')
          .select('deadline_id')
          .where('kind', '=', 'recovery_period_end')
          .where('status', '=', 'pending')
          .where('due_on', '<=', sql<Date>`${today}`)
          .orderBy('due_on')
          .limit(500)
          .forUpdate()
          .skipLocked(),
      )
      .returning(['deadline_id', 'case_id'])
      .execute();
  }

  async markAlerted(
    manager: EntityManager,
    deadlineId: string,
    alert: 'approaching' | 'breached',
    at: Date,
  ): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('deadline')
      .set(alert === 'breached' ? { breached_at: at } : { warned_at: at })
      .where('deadline_id', '=', deadlineId)
      .execute();
  }
}

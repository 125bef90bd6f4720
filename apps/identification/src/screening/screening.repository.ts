import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Insertable, Selectable, UpdateObject } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { dayText, sqlOf } from '@nrm/persistence';
import type { Actor } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import type { DB as Tables } from '../database/tables.generated';
import type { LifecycleState, ScreeningStatus } from '../decisions/screening-lifecycle';

type ScreeningTable = Selectable<Tables['screening']>;

/** A screening as its commands read it, locked: the recovery period's dates as `YYYY-MM-DD`. */
export type ScreeningRow = Pick<
  ScreeningTable,
  | 'case_id'
  | 'case_reference'
  | 'referring_agency_id'
  | 'assigned_agency_id'
  | 'pending_final_decided_by'
  | 'person_is_child'
  | 'exploitation_types'
> & { status: ScreeningStatus; recovery_starts_on: string | null; recovery_ends_on: string | null };

const asDay = (column: 'recovery_starts_on' | 'recovery_ends_on') =>
  dayText<string | null>(column).as(column);

/** The screenings of the competent authority: one per referred case. */
@Injectable()
export class ScreeningRepository {
  /** Reads and locks a screening for a change; undefined when there is none. */
  async lock(manager: EntityManager, caseId: string): Promise<ScreeningRow | undefined> {
    return (await this.forCommands(manager, caseId).forUpdate().executeTakeFirst()) as
      ScreeningRow | undefined;
  }

  /** Reads (`lock`: and locks) the screening if the actor's agency is the one it is assigned to; else 404. */
  async assignedTo(
    manager: EntityManager,
    caseId: string,
    actor: Actor,
    lock = false,
  ): Promise<ScreeningRow> {
    const row = lock
      ? await this.lock(manager, caseId)
      : ((await this.forCommands(manager, caseId).executeTakeFirst()) as ScreeningRow | undefined);
    if (!row || row.assigned_agency_id !== actor.agencyId)
      throw new ProblemException('notFound', 'no screening for this case');
    return row;
  }

  /** Opens a screening unless the case has one; false when it had. */
  async open(manager: EntityManager, screening: Insertable<Tables['screening']>): Promise<boolean> {
    const inserted = await sqlOf<Tables>(manager)
      .insertInto('screening')
      .values(screening)
      .onConflict((c) => c.column('case_id').doNothing())
      .returning('screening_id')
      .execute();
    return inserted.length > 0;
  }

  async change(
    manager: EntityManager,
    caseId: string,
    changes: UpdateObject<Tables, 'screening'>,
  ): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('screening')
      .set(changes)
      .where('case_id', '=', caseId)
      .execute();
  }

  /** The screening as its readers see it, unlocked. */
  async view(source: DataSource | EntityManager, caseId: string) {
    return sqlOf<Tables>(source)
      .selectFrom('screening')
      .select([
        'screening_id',
        'case_reference',
        'status',
        'referring_agency_id',
        'assigned_agency_id',
        'opened_at',
        asDay('recovery_ends_on'),
      ])
      .where('case_id', '=', caseId)
      .executeTakeFirst();
  }

  /** An agency's queue of one status, the nearest pending deadline first, then the oldest. */
  async queue(source: DataSource, agencyId: string, status: string) {
    return sqlOf<Tables>(source)
      .selectFrom('screening as s')
      .select([
        's.case_id',
        's.case_reference',
        's.status',
        's.person_is_child',
        's.opened_at',
        (eb) =>
          eb
            .selectFrom('deadline as d')
            .select(sql<string>`to_char(min(d.due_on), 'YYYY-MM-DD')`.as('due'))
            .whereRef('d.case_id', '=', 's.case_id')
            .where('d.status', '=', 'pending')
            .where('d.kind', '<>', 'recovery_period_end')
            .as('next_due_on'),
      ])
      .where('s.assigned_agency_id', '=', agencyId)
      .where('s.status', '=', status)
      .orderBy(sql`next_due_on NULLS LAST`)
      .orderBy('s.opened_at')
      .limit(500)
      .execute();
  }

  private forCommands(manager: EntityManager, caseId: string) {
    return sqlOf<Tables>(manager)
      .selectFrom('screening')
      .select([
        'case_id',
        'case_reference',
        'status',
        'referring_agency_id',
        'assigned_agency_id',
        asDay('recovery_starts_on'),
        asDay('recovery_ends_on'),
        'pending_final_decided_by',
        'person_is_child',
        'exploitation_types',
      ])
      .where('case_id', '=', caseId);
  }
}

/** What the lifecycle rules need of a screening. */
export function lifecycleState(row: ScreeningRow): LifecycleState {
  return {
    status: row.status,
    recoveryEndsOn: row.recovery_ends_on ?? undefined,
    finalDecidedBy: row.pending_final_decided_by ?? undefined,
  };
}

import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Insertable, Selectable } from 'kysely';
import type { EntityManager } from 'typeorm';
import type { HearingType } from '@nrm/contracts';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';

/** A hearing as its commands see it, the date as `YYYY-MM-DD`. */
export type HearingRow = Pick<Selectable<Tables['hearing']>, 'hearing_id' | 'investigation_id' | 'court'> & {
  hearing_type: HearingType;
  scheduled_on: string;
  status: 'scheduled' | 'held' | 'postponed';
};

/** A hearing owed a reminder, with the agencies of its investigation. */
export type DueHearing = Omit<HearingRow, 'status'> & { agency_ids: string[] };

/** Hearings of investigations: scheduled, postponed, held, and reminded of. */
@Injectable()
export class HearingRepository {
  async insert(manager: EntityManager, hearing: Insertable<Tables['hearing']>): Promise<void> {
    await sqlOf<Tables>(manager).insertInto('hearing').values(hearing).execute();
  }

  /** The investigation a hearing belongs to, when there is such a hearing. */
  async investigationOf(manager: EntityManager, hearingId: string): Promise<string | undefined> {
    const row = await sqlOf<Tables>(manager)
      .selectFrom('hearing')
      .select('investigation_id')
      .where('hearing_id', '=', hearingId)
      .executeTakeFirst();
    return row?.investigation_id;
  }

  /** The hearing locked for a change. */
  lock(manager: EntityManager, hearingId: string): Promise<HearingRow> {
    return sqlOf<Tables>(manager)
      .selectFrom('hearing')
      .select(['hearing_id', 'investigation_id', 'hearing_type', 'court', 'status'])
      .select(sql<string>`scheduled_on::text`.as('scheduled_on'))
      .where('hearing_id', '=', hearingId)
      .forUpdate()
      .$narrowType<Pick<HearingRow, 'hearing_type' | 'status'>>()
      .executeTakeFirstOrThrow();
  }

  /** Moves the hearing to a new date; it is owed a reminder for that date. */
  async reschedule(
    manager: EntityManager,
    hearingId: string,
    newDate: string,
    status: string,
  ): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('hearing')
      .set({ scheduled_on: newDate, status, reminded_for: null })
      .where('hearing_id', '=', hearingId)
      .execute();
  }

  async markHeld(manager: EntityManager, hearingId: string, status: string, at: Date): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('hearing')
      .set({ status, held_at: at })
      .where('hearing_id', '=', hearingId)
      .execute();
  }

  /** Scheduled hearings between two dates not yet reminded of for their date, locked, skipping those locked. */
  async dueForReminder(manager: EntityManager, from: string, to: string): Promise<DueHearing[]> {
    const { rows } = await sql<DueHearing>`
      SELECT h.hearing_id, h.investigation_id, h.hearing_type, h.court, h.scheduled_on::text,
             array(SELECT agency_id FROM investigation_agency a WHERE a.investigation_id = h.investigation_id ORDER BY agency_id) AS agency_ids
        FROM hearing h
       WHERE h.status = 'scheduled' AND h.scheduled_on BETWEEN ${from} AND ${to}
         AND (h.reminded_for IS NULL OR h.reminded_for <> h.scheduled_on)
       ORDER BY h.scheduled_on LIMIT 200 FOR UPDATE OF h SKIP LOCKED`.execute(sqlOf<Tables>(manager));
    return rows;
  }

  async markReminded(manager: EntityManager, hearingId: string): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('hearing')
      .set((eb) => ({ reminded_for: eb.ref('scheduled_on') }))
      .where('hearing_id', '=', hearingId)
      .execute();
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { EntityManager } from 'typeorm';
import type { FollowUpKind } from '@nrm/contracts';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';

/** A follow-up that fell due, with its case's reference and its dates as `YYYY-MM-DD`. */
export type DueFollowUp = Pick<
  Selectable<Tables['follow_up']>,
  'follow_up_id' | 'case_id' | 'sequence' | 'recipient_agency_id'
> & { case_reference: string; kind: FollowUpKind; due_on: string; about_date: string };

/** Follow-ups of a case: residence permit reminders and the follow-ups after a return. */
@Injectable()
export class FollowUpRepository {
  /** Cancels the case's residence reminders not yet raised. */
  async cancelResidenceReminders(manager: EntityManager, caseId: string, at: Date): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('follow_up')
      .set({ cancelled_at: at })
      .where('case_id', '=', caseId)
      .where('kind', '=', 'residence_expiry')
      .where('raised_at', 'is', null)
      .where('cancelled_at', 'is', null)
      .execute();
  }

  /** A residence reminder, numbered after the case's earlier ones. */
  async insertResidenceReminder(
    manager: EntityManager,
    caseId: string,
    reminder: { dueOn: string; expiresOn: string; recipientAgencyId: string },
  ): Promise<void> {
    await sql`
      INSERT INTO follow_up (follow_up_id, case_id, kind, sequence, due_on, about_date, recipient_agency_id)
      SELECT ${randomUUID()}, ${caseId}, 'residence_expiry', coalesce(max(sequence), 0) + 1, ${reminder.dueOn},
             ${reminder.expiresOn}, ${reminder.recipientAgencyId}
        FROM follow_up WHERE case_id = ${caseId} AND kind = 'residence_expiry'`.execute(
      sqlOf<Tables>(manager),
    );
  }

  /** The follow-up after a return, the `sequence`th, due on `dueOn`. */
  async insertReturnFollowUp(
    manager: EntityManager,
    caseId: string,
    followUp: { sequence: number; dueOn: string; returnedOn: string; recipientAgencyId: string },
  ): Promise<void> {
    await sqlOf<Tables>(manager)
      .insertInto('follow_up')
      .values({
        follow_up_id: randomUUID(),
        case_id: caseId,
        kind: 'return_follow_up',
        sequence: followUp.sequence,
        due_on: followUp.dueOn,
        about_date: followUp.returnedOn,
        recipient_agency_id: followUp.recipientAgencyId,
      })
      .execute();
  }

  /** Locks a follow-up of the case. */
  lock(manager: EntityManager, caseId: string, followUpId: string) {
    return sqlOf<Tables>(manager)
      .selectFrom('follow_up')
      .select(['kind', 'recipient_agency_id', 'outcome', 'cancelled_at'])
      .where('follow_up_id', '=', followUpId)
      .where('case_id', '=', caseId)
      .forUpdate()
      .executeTakeFirst();
  }

  async recordOutcome(
    manager: EntityManager,
    followUpId: string,
    outcome: { outcome: string; noteSealed: string | null; by: string; at: Date },
  ): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('follow_up')
      .set({
        outcome: outcome.outcome,
        outcome_note_sealed: outcome.noteSealed,
        recorded_by: outcome.by,
        recorded_at: outcome.at,
      })
      .where('follow_up_id', '=', followUpId)
      .execute();
  }

  /** Locks up to 200 follow-ups due by `today` and not yet raised, skipping those another pass holds. */
  async lockDue(manager: EntityManager, today: string): Promise<DueFollowUp[]> {
    const { rows } = await sql<DueFollowUp>`
      SELECT f.follow_up_id, f.case_id, c.case_reference, f.kind, f.sequence, f.due_on::text, f.about_date::text,
             f.recipient_agency_id
        FROM follow_up f JOIN protection_case c USING (case_id)
       WHERE f.raised_at IS NULL AND f.cancelled_at IS NULL AND f.due_on <= ${today}
       ORDER BY f.due_on LIMIT 200 FOR UPDATE OF f SKIP LOCKED`.execute(sqlOf<Tables>(manager));
    return rows;
  }

  async markRaised(manager: EntityManager, followUpId: string, at: Date): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('follow_up')
      .set({ raised_at: at })
      .where('follow_up_id', '=', followUpId)
      .execute();
  }
}

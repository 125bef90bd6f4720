import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import { CARRIES_PERSONAL_DATA } from '../agreements/agreement-rules';
import type { DB as Tables } from '../database/tables.generated';

type Db = DataSource | EntityManager;
export type OutgoingRow = Selectable<Tables['outgoing_message']>;

/** The queue of messages to partners, and what each partner answered. */
@Injectable()
export class OutgoingRepository {
  async insert(
    m: EntityManager,
    row: Pick<
      OutgoingRow,
      | 'message_id'
      | 'partner'
      | 'case_id'
      | 'type'
      | 'purpose'
      | 'agreement_id'
      | 'in_reply_to'
      | 'requested_by'
      | 'requested_agency'
      | 'content_sealed'
      | 'digest'
      | 'decision'
      | 'requested_role'
      | 'requested_purpose'
    >,
  ): Promise<void> {
    await sqlOf<Tables>(m).insertInto('outgoing_message').values(row).execute();
  }

  /**
   * Claims due messages for one attempt each: a lease, so a message whose sender died is attempted
   * again when it runs out and two senders never attempt one message at once.
   */
  async claimDue(db: Db, lease: string, limit: number, leaseMs: number): Promise<OutgoingRow[]> {
    const { rows } = await sql<OutgoingRow>`
      UPDATE outgoing_message SET lease = ${lease}, lease_until = now() + ${`${leaseMs} milliseconds`}::interval,
             attempts = attempts + 1
       WHERE message_id IN (
         SELECT message_id FROM outgoing_message
          WHERE status = 'queued' AND next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now())
          ORDER BY next_attempt_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      RETURNING *`.execute(sqlOf(db));
    return rows;
  }

  /** The next time a queued message falls due, if any. */
  async nextDue(db: Db): Promise<Date | undefined> {
    const row = await sqlOf<Tables>(db)
      .selectFrom('outgoing_message')
      .select(sql<Date>`min(greatest(next_attempt_at, coalesce(lease_until, next_attempt_at)))`.as('due'))
      .where('status', '=', 'queued')
      .executeTakeFirst();
    return row?.due ?? undefined;
  }

  /** Settles an attempt while the lease is still ours; false when another sender took the message over. */
  async settle(
    m: EntityManager,
    messageId: string,
    lease: string,
    outcome:
      | { status: 'delivered'; answer: string; signedSealed: string }
      | { status: 'refused'; answer: string | null; reason: string }
      | { status: 'queued'; error: string; retryInMs: number },
  ): Promise<boolean> {
    const base = sqlOf<Tables>(m).updateTable('outgoing_message');
    const set =
      outcome.status === 'queued'
        ? base.set({
            lease: null,
            lease_until: null,
            last_error: outcome.error,
            next_attempt_at: sql`now() + ${`${outcome.retryInMs} milliseconds`}::interval`,
          })
        : base.set({
            status: outcome.status,
            lease: null,
            lease_until: null,
            last_error: null,
            answer: outcome.answer,
            settled_at: sql`now()`,
            ...(outcome.status === 'delivered'
              ? { signed_sealed: outcome.signedSealed }
              : { refusal_reason: outcome.reason }),
          });
    const result = await set
      .where('message_id', '=', messageId)
      .where('lease', '=', lease)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** A message sent about a case here. */
  async ofCase(db: Db, caseId: string, messageId: string): Promise<OutgoingRow | undefined> {
    return sqlOf<Tables>(db)
      .selectFrom('outgoing_message')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('message_id', '=', messageId)
      .executeTakeFirst();
  }

  /** A message sent to a partner, by id: what a partner's follow-up or notice answers. */
  async find(db: Db, partner: string, messageId: string): Promise<OutgoingRow | undefined> {
    return sqlOf<Tables>(db)
      .selectFrom('outgoing_message')
      .selectAll()
      .where('partner', '=', partner)
      .where('message_id', '=', messageId)
      .executeTakeFirst();
  }

  /** A case's messages with its details, to partners: delivered (the partners who hold them) or queued. */
  async withPersonalData(m: EntityManager, caseId: string): Promise<OutgoingRow[]> {
    return sqlOf<Tables>(m)
      .selectFrom('outgoing_message')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('type', 'in', [...CARRIES_PERSONAL_DATA])
      .where('status', 'in', ['queued', 'delivered'])
      .orderBy('created_at')
      .forUpdate()
      .execute();
  }

  /** A queued message that must not leave any more (the person withdrew their consent meanwhile). */
  async withdraw(m: EntityManager, messageId: string, reason: string): Promise<void> {
    await sqlOf<Tables>(m)
      .updateTable('outgoing_message')
      .set({
        status: 'refused',
        refusal_reason: reason,
        lease: null,
        lease_until: null,
        settled_at: sql`now()`,
      })
      .where('message_id', '=', messageId)
      .where('status', '=', 'queued')
      .execute();
  }

  forCase(db: Db, caseId: string) {
    return sqlOf<Tables>(db)
      .selectFrom('outgoing_message as o')
      .innerJoin('agreement as a', 'a.agreement_id', 'o.agreement_id')
      .select([
        'o.message_id',
        'o.partner',
        'o.type',
        'o.purpose',
        'o.status',
        'o.attempts',
        'o.created_at',
        'o.settled_at',
        'o.refusal_reason',
        'o.in_reply_to',
        'o.answer',
        'o.decision',
        'a.reference',
        'a.legal_basis',
      ])
      .where('o.case_id', '=', caseId)
      .orderBy('o.created_at')
      .execute();
  }
}

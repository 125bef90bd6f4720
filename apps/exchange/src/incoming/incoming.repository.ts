import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';

type Db = DataSource | EntityManager;
export type IncomingRow = Selectable<Tables['incoming_message']>;

/** The inbox of partners' messages, keyed by sender and message id, and the quarantine. */
@Injectable()
export class IncomingRepository {
  async find(db: Db, partner: string, messageId: string): Promise<IncomingRow | undefined> {
    return sqlOf<Tables>(db)
      .selectFrom('incoming_message')
      .selectAll()
      .where('partner', '=', partner)
      .where('message_id', '=', messageId)
      .executeTakeFirst();
  }

  /** Inserts a message; false when one with its sender and id is there already. */
  async insert(
    m: EntityManager,
    row: Omit<IncomingRow, 'attempts' | 'next_attempt_at' | 'last_error' | 'received_at' | 'forwarded_at'>,
  ): Promise<boolean> {
    const inserted = await sqlOf<Tables>(m)
      .insertInto('incoming_message')
      .values(row)
      .onConflict((oc) => oc.columns(['partner', 'message_id']).doNothing())
      .returning('message_id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  /** The case a partner's earlier message made or concerned here, by the partner's case id. */
  async caseOfPartnerCase(db: Db, partner: string, partnerCaseRef: string): Promise<string | undefined> {
    const row = await sqlOf<Tables>(db)
      .selectFrom('incoming_message')
      .select('case_id')
      .where('partner', '=', partner)
      .where('partner_case_ref', '=', partnerCaseRef)
      .where('case_id', 'is not', null)
      .orderBy('received_at')
      .executeTakeFirst();
    return row?.case_id ?? undefined;
  }

  /** A message a partner sent about a case here. */
  async ofCase(db: Db, caseId: string, messageId: string): Promise<IncomingRow | undefined> {
    return sqlOf<Tables>(db)
      .selectFrom('incoming_message')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('message_id', '=', messageId)
      .executeTakeFirst();
  }

  /** The partner's transfer referral a case here was made from, if it was. */
  async transferInto(db: Db, caseId: string): Promise<IncomingRow | undefined> {
    return sqlOf<Tables>(db)
      .selectFrom('incoming_message')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('type', '=', 'transfer_referral')
      .executeTakeFirst();
  }

  /** Accepted messages still to pass on (a partner's referral to intake), due now. */
  async dueToForward(db: Db, limit: number): Promise<IncomingRow[]> {
    return sqlOf<Tables>(db)
      .selectFrom('incoming_message')
      .selectAll()
      .where('status', '=', 'accepted')
      .where('next_attempt_at', '<=', sql<Date>`now()`)
      .orderBy('next_attempt_at')
      .limit(limit)
      .execute();
  }

  async forwarded(db: Db, partner: string, messageId: string): Promise<void> {
    await sqlOf<Tables>(db)
      .updateTable('incoming_message')
      .set({ status: 'forwarded', forwarded_at: sql`now()`, last_error: null })
      .where('partner', '=', partner)
      .where('message_id', '=', messageId)
      .execute();
  }

  async forwardFailed(
    db: Db,
    partner: string,
    messageId: string,
    error: string,
    retryInMs: number,
  ): Promise<void> {
    await sqlOf<Tables>(db)
      .updateTable('incoming_message')
      .set({
        attempts: sql`attempts + 1`,
        last_error: error,
        next_attempt_at: sql`now() + ${`${retryInMs} milliseconds`}::interval`,
      })
      .where('partner', '=', partner)
      .where('message_id', '=', messageId)
      .execute();
  }

  forCase(db: Db, caseId: string) {
    return sqlOf<Tables>(db)
      .selectFrom('incoming_message as i')
      .innerJoin('agreement as a', 'a.agreement_id', 'i.agreement_id')
      .select([
        'i.message_id',
        'i.partner',
        'i.type',
        'i.purpose',
        'i.status',
        'i.received_at',
        'i.forwarded_at',
        'i.in_reply_to',
        'i.receipt',
        'i.decision',
        'a.reference',
        'a.legal_basis',
      ])
      .where('i.case_id', '=', caseId)
      .orderBy('i.received_at')
      .execute();
  }

  async quarantine(
    m: EntityManager,
    row: Pick<
      Selectable<Tables['quarantined_message']>,
      'quarantine_id' | 'claimed_partner' | 'message_id' | 'reason' | 'detail' | 'raw_sealed'
    >,
  ): Promise<void> {
    await sqlOf<Tables>(m).insertInto('quarantined_message').values(row).execute();
  }

  quarantined(db: Db, limit = 200) {
    return sqlOf<Tables>(db)
      .selectFrom('quarantined_message')
      .select(['quarantine_id', 'claimed_partner', 'message_id', 'reason', 'detail', 'received_at'])
      .orderBy('received_at', 'desc')
      .limit(limit)
      .execute();
  }
}

import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { ExpressionBuilder, Insertable, Selectable } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { Actor } from '@nrm/security';
import type { DB as Tables } from '../database/tables.generated';
import type { ExternalChannel } from '../routing/routing-rules';

/** A notification as the inbox lists it, with when this reader read it and their agency's unread count. */
export type InboxRow = Pick<
  Selectable<Tables['notification']>,
  | 'notification_id'
  | 'kind'
  | 'case_id'
  | 'case_reference'
  | 'event_type'
  | 'language'
  | 'title'
  | 'body'
  | 'created_at'
  | 'urgent'
> & { read_at: Date | null; unread_count: string };

/** Who reads an inbox: the notifications of their agency addressed to their role (or to everyone). */
export type Reader = Pick<Actor, 'agencyId' | 'role' | 'userId'>;

function addressedTo({ agencyId, role }: Reader) {
  return (eb: ExpressionBuilder<{ n: Tables['notification'] }, 'n'>) =>
    eb.and([
      eb('n.recipient_agency_id', '=', agencyId),
      eb.or([
        eb(eb.fn('cardinality', ['n.audience_roles']), '=', 0),
        eb(eb.val<string>(role), '=', eb.fn.any('n.audience_roles')),
      ]),
    ]);
}

/** Notifications: recorded with their deliveries, listed per reader, read per user. */
@Injectable()
export class NotificationRepository {
  /**
   * Records the notification and queues its deliveries on `channels`, in one statement; the delivery
   * table's trigger wakes the dispatcher at commit. False when it exists already (nothing is queued).
   */
  async record(
    manager: EntityManager,
    notification: Insertable<Tables['notification']> & { urgent: boolean },
    channels: ExternalChannel[],
  ): Promise<boolean> {
    const recorded = await sqlOf<Tables>(manager)
      .with('recorded', (db) =>
        db
          .insertInto('notification')
          .values(notification)
          .onConflict((oc) => oc.doNothing())
          .returning('notification_id'),
      )
      .with('queued', (db) =>
        db
          .insertInto('delivery')
          .columns(['notification_id', 'channel', 'agency_id', 'urgent'])
          .expression((eb) =>
            eb
              .selectFrom('recorded')
              .select([
                'recorded.notification_id',
                sql<string>`unnest(${channels}::text[])`.as('channel'),
                sql<string>`${notification.recipient_agency_id}::text`.as('agency_id'),
                sql<boolean>`${notification.urgent}::boolean`.as('urgent'),
              ]),
          ),
      )
      .selectFrom('recorded')
      .select('notification_id')
      .execute();
    return recorded.length > 0;
  }

  /** The reader's inbox, urgent first, then newest; at most 200. */
  async inboxOf(
    db: DataSource | EntityManager,
    reader: Reader,
    filter: { caseId?: string; unreadOnly: boolean },
  ): Promise<InboxRow[]> {
    return sqlOf<Tables>(db)
      .selectFrom('notification as n')
      .leftJoin('notification_read as r', (join) =>
        join.onRef('r.notification_id', '=', 'n.notification_id').on('r.user_id', '=', reader.userId),
      )
      .select(['n.notification_id', 'n.kind', 'n.case_id', 'n.case_reference', 'n.event_type', 'n.language'])
      .select(['n.title', 'n.body', 'n.created_at', 'r.read_at', 'n.urgent'])
      .select((eb) => eb.fn.countAll<string>().filterWhere('r.read_at', 'is', null).over().as('unread_count'))
      .where(addressedTo(reader))
      .$if(filter.caseId !== undefined, (q) => q.where('n.case_id', '=', filter.caseId!))
      .$if(filter.unreadOnly, (q) => q.where('r.read_at', 'is', null))
      .orderBy('n.urgent', 'desc')
      .orderBy('n.created_at', 'desc')
      .limit(200)
      .execute();
  }

  /** Marks a notification addressed to the reader read; false when none such was newly marked. */
  async markRead(db: DataSource | EntityManager, reader: Reader, notificationId: string): Promise<boolean> {
    const marked = await sqlOf<Tables>(db)
      .insertInto('notification_read')
      .columns(['notification_id', 'user_id'])
      .expression((eb) =>
        eb
          .selectFrom('notification as n')
          .select(['n.notification_id', sql<string>`${reader.userId}::text`.as('user_id')])
          .where('n.notification_id', '=', notificationId)
          .where(addressedTo(reader)),
      )
      .onConflict((oc) => oc.doNothing())
      .returning('notification_id')
      .execute();
    return marked.length > 0;
  }

  /** Whether the notification is in the reader's inbox. */
  async isAddressedTo(
    db: DataSource | EntityManager,
    reader: Reader,
    notificationId: string,
  ): Promise<boolean> {
    const row = await sqlOf<Tables>(db)
      .selectFrom('notification as n')
      .select('n.notification_id')
      .where('n.notification_id', '=', notificationId)
      .where(addressedTo(reader))
      .executeTakeFirst();
    return row !== undefined;
  }
}

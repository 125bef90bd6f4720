import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';
import type { ExternalChannel } from '../routing/routing-rules';

type Delivery = Selectable<Tables['delivery']>;
type Notification = Selectable<Tables['notification']>;

/** A delivery claimed for one attempt, with its notification and the agency's endpoint on its channel. */
export type ClaimedDelivery = Pick<Delivery, 'notification_id' | 'agency_id' | 'attempts'> &
  Pick<
    Notification,
    | 'case_id'
    | 'case_reference'
    | 'event_type'
    | 'kind'
    | 'title'
    | 'body'
    | 'language'
    | 'created_at'
    | 'urgent'
  > & {
    channel: ExternalChannel;
    /** This claim's token: its outcome is recorded only while the delivery still carries it. */
    lease: string;
    url: Selectable<Tables['webhook_endpoint']>['url'] | null;
    secret: Selectable<Tables['webhook_endpoint']>['secret'] | null;
    address: Selectable<Tables['email_endpoint']>['address'] | null;
    /** Another delivery waits for the same endpoint: look again once this one is recorded. */
    more: boolean;
  };

/** How one claimed attempt ended, as recorded. */
export interface AttemptOutcome {
  notificationId: string;
  channel: string;
  lease: string;
  status: 'delivered' | 'dead_lettered' | 'pending';
  attempt: number;
  error: string | null;
  /** Until the next attempt, for a pending one. */
  delayMs: number;
  durationMs: number;
}

/** The delivery queue: leases on due deliveries, their recorded attempts, and each agency's history. */
@Injectable()
export class DeliveryRepository {
  /**
   * Claims, in one statement, up to `limit` due deliveries, at most one per agency endpoint and none
   * to the endpoints (`channel:agency`) in `inFlight`, urgent first, then oldest; each claim is a
   * lease of `leaseMs`, after which the delivery is due again.
   */
  async claimDue(
    db: DataSource | EntityManager,
    { inFlight, limit, leaseMs }: { inFlight: string[]; limit: number; leaseMs: number },
  ): Promise<ClaimedDelivery[]> {
    const { rows } = await sql<ClaimedDelivery>`
      WITH due AS (
         SELECT notification_id, channel FROM (
           SELECT DISTINCT ON (channel, agency_id) notification_id, channel, urgent, next_attempt_at FROM delivery
            WHERE status = 'pending' AND next_attempt_at <= now()
              AND NOT ((channel || ':' || agency_id) = ANY(${inFlight}::text[]))
            ORDER BY channel, agency_id, urgent DESC, next_attempt_at) first_of_each_endpoint
          ORDER BY urgent DESC, next_attempt_at LIMIT ${limit}),
       claimed AS (
         UPDATE delivery d SET next_attempt_at = now() + make_interval(secs => ${leaseMs}::float8 / 1000),
                lease = gen_random_uuid()
          WHERE (d.notification_id, d.channel) IN (SELECT notification_id, channel FROM due)
            AND d.status = 'pending' AND d.next_attempt_at <= now()
          RETURNING d.notification_id, d.channel, d.agency_id, d.attempts, d.lease)
       SELECT c.notification_id, c.lease, c.channel, c.agency_id, c.attempts, w.url, w.secret, e.address,
              n.case_id, n.case_reference, n.event_type, n.kind, n.title, n.body, n.language, n.created_at, n.urgent,
              EXISTS (SELECT 1 FROM delivery x
                       WHERE x.status = 'pending' AND x.channel = c.channel AND x.agency_id = c.agency_id
                         AND x.notification_id <> c.notification_id) AS more
         FROM claimed c
         JOIN notification n ON n.notification_id = c.notification_id
         LEFT JOIN webhook_endpoint w ON w.agency_id = c.agency_id
         LEFT JOIN email_endpoint e ON e.agency_id = c.agency_id`.execute(sqlOf<Tables>(db));
    return rows;
  }

  /**
   * Records outcomes in one statement: the delivery's state and the attempt in its history. Only
   * outcomes whose lease still holds are recorded; returns those, as `notificationId:channel`.
   */
  async recordOutcomes(manager: EntityManager, outcomes: AttemptOutcome[]): Promise<Set<string>> {
    const column = <K extends keyof AttemptOutcome>(key: K) => outcomes.map((o) => o[key]);
    const { rows } = await sql<Pick<Delivery, 'notification_id' | 'channel'>>`
      WITH outcome AS (
         SELECT * FROM unnest(${column('notificationId')}::uuid[], ${column('channel')}::text[],
                              ${column('lease')}::uuid[], ${column('status')}::text[], ${column('attempt')}::int[],
                              ${column('error')}::text[], ${column('delayMs')}::int[], ${column('durationMs')}::int[])
           AS u(notification_id, channel, lease, status, attempt, error, delay_ms, duration_ms)),
       updated AS (
         UPDATE delivery d SET status = u.status, attempts = u.attempt, last_error = u.error, lease = NULL,
                delivered_at = CASE WHEN u.status = 'delivered' THEN now() ELSE d.delivered_at END,
                next_attempt_at = CASE WHEN u.status = 'pending'
                  THEN now() + make_interval(secs => u.delay_ms::float8 / 1000) ELSE d.next_attempt_at END
           FROM outcome u
          WHERE d.notification_id = u.notification_id AND d.channel = u.channel AND d.lease = u.lease
         RETURNING d.notification_id, d.channel),
       attempts AS (
         INSERT INTO delivery_attempt (notification_id, channel, attempt, outcome, error, duration_ms)
         SELECT u.notification_id, u.channel, u.attempt,
                CASE WHEN u.error IS NULL THEN 'delivered' ELSE 'failed' END, u.error, u.duration_ms
           FROM outcome u JOIN updated USING (notification_id, channel))
       SELECT notification_id, channel FROM updated`.execute(sqlOf<Tables>(manager));
    return new Set(rows.map((r) => `${r.notification_id}:${r.channel}`));
  }

  /** The agency's deliveries, newest first, each with its attempts in order. */
  async historyOf(
    db: DataSource | EntityManager,
    agencyId: string,
    filter: { status?: string; channel?: string; limit: number },
  ) {
    return sqlOf<Tables>(db)
      .selectFrom('delivery as d')
      .innerJoin('notification as n', 'n.notification_id', 'd.notification_id')
      .select(['d.notification_id', 'd.channel', 'd.status', 'd.urgent', 'd.created_at', 'd.delivered_at'])
      .select(['d.next_attempt_at', 'n.kind', 'n.case_reference'])
      .select((eb) =>
        eb.fn
          .coalesce(
            eb
              .selectFrom('delivery_attempt as a')
              .select(
                sql<
                  DeliveryAttempt[]
                >`json_agg(json_build_object('attempt', a.attempt, 'attemptedAt', a.attempted_at,
                  'outcome', a.outcome, 'error', a.error, 'durationMs', a.duration_ms) ORDER BY a.attempt)`.as(
                  'a',
                ),
              )
              .whereRef('a.notification_id', '=', 'd.notification_id')
              .whereRef('a.channel', '=', 'd.channel'),
            sql<DeliveryAttempt[]>`'[]'`,
          )
          .as('attempts'),
      )
      .where('d.agency_id', '=', agencyId)
      .$if(filter.status !== undefined, (q) => q.where('d.status', '=', filter.status!))
      .$if(filter.channel !== undefined, (q) => q.where('d.channel', '=', filter.channel!))
      .orderBy('d.created_at', 'desc')
      .orderBy('d.notification_id')
      .limit(filter.limit)
      .execute();
  }
}

/** One attempt as the history's JSON carries it (its time as JSON text). */
export interface DeliveryAttempt {
  attempt: number;
  attemptedAt: string;
  outcome: 'delivered' | 'failed';
  error: string | null;
  durationMs: number;
}

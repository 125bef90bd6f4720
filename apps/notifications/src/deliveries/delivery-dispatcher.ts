import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationDelivered, NotificationFailed } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Logger } from '@nrm/observability';
import { describeError } from '@nrm/observability';
import { DatabaseWakeListener, wakeChannel } from '@nrm/persistence';
import { LOGGER, SERVICE_CONFIG } from '@nrm/service-kit';
import type { NotificationsConfig } from '../notifications.config';
import { nextRetryDelayMs } from './retry-schedule';
import { CHANNEL_SENDERS } from './channel-sender';
import type { ChannelSender, OutgoingNotification } from './channel-sender';

/** Deliveries in flight at once per process (each to a different agency endpoint). */
const IN_FLIGHT = 16;

interface ClaimedDelivery {
  notification_id: string;
  /** This claim's token: its outcome is recorded only while the delivery still carries it. */
  lease: string;
  channel: ChannelSender['channel'];
  agency_id: string;
  attempts: number;
  url: string | null;
  secret: string | null;
  address: string | null;
  case_id: string | null;
  case_reference: string | null;
  event_type: string;
  kind: string | null;
  title: string;
  body: string;
  language: string;
  created_at: Date;
  urgent: boolean;
  /** Another delivery waits for the same endpoint: look again once this one is recorded. */
  more: boolean;
}

/** An agency endpoint on a channel, as the claim excludes those in flight (`channel:agency`). */
const endpointOf = (d: { channel: string; agency_id: string }): string => `${d.channel}:${d.agency_id}`;

/** How one attempt ended, waiting to be recorded with the others that ended meanwhile. */
interface Outcome {
  delivery: ClaimedDelivery;
  attempt: number;
  error: string | undefined;
  durationMs: number;
}

/**
 * Delivers queued notifications on every channel (webhook, e-mail). The queue is a table, so
 * deliveries survive restarts. One poller claims due deliveries with one statement, at most one per
 * agency endpoint not already in flight here, urgent first, then oldest; a claim is a lease (the
 * delivery becomes due again when it runs out), so a delivery whose process died is attempted again
 * and two pollers never attempt the same delivery at once. The claimed ones are sent concurrently,
 * with no database transaction open meanwhile, so a slow or failing endpoint holds up only its own
 * agency's queue. Outcomes are recorded together, in one transaction: every attempt in the history,
 * retries with exponential backoff and jitter, a dead letter (and its event) after the last attempt.
 * Every attempt carries the same notification id for the receiver to de-duplicate. The poller is
 * woken when a delivery is queued (a trigger on the table notifies it), when an endpoint is free
 * again and when a retry falls due; the poll interval is the fallback.
 */
@Injectable()
export class DeliveryDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private running = false;
  private loop?: Promise<void>;
  private listener?: DatabaseWakeListener;
  private readonly senders: Map<string, ChannelSender>;
  /** Endpoints (`channel:agency`) with a delivery claimed here and not yet recorded. */
  private readonly inFlight = new Set<string>();
  private readonly sends = new Set<Promise<void>>();
  private readonly outcomes: Outcome[] = [];
  private recording?: Promise<void>;
  private wakeUp?: () => void;
  private woken = false;
  /** Something may be due that is not claimed yet: a delivery was queued, a retry or the poll fell due. */
  private mayBeDue = true;
  private retryTimer?: { at: number; timer: NodeJS.Timeout };

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(CHANNEL_SENDERS) senders: ChannelSender[],
    @Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.senders = new Map(senders.map((s) => [s.channel, s]));
  }

  async onApplicationBootstrap(): Promise<void> {
    this.running = true;
    this.loop = this.run();
    const [{ schema }] = (await this.dataSource.query('SELECT current_schema() AS schema')) as [
      { schema: string },
    ];
    this.listener = new DatabaseWakeListener(this.config.DATABASE_URL, wakeChannel('delivery', schema), () =>
      this.wake(),
    );
    this.listener.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    clearTimeout(this.retryTimer?.timer);
    await this.listener?.stop();
    this.wake();
    await this.loop;
    // Sends in flight finish (within their timeout) and are recorded; what is not recorded is
    // attempted again after its lease.
    await Promise.race([
      Promise.allSettled([...this.sends]),
      new Promise((resolve) => setTimeout(resolve, this.sendTimeoutMs).unref()),
    ]);
    await this.record().catch(() => undefined);
  }

  /** The longest a send may take: longer, and it is recorded as failed. */
  private get sendTimeoutMs(): number {
    return this.config.WEBHOOK_TIMEOUT_MS + 1000;
  }

  /** The longest a claimed delivery may take before it is due again: well past a send's timeout. */
  private get leaseMs(): number {
    return 2 * this.config.WEBHOOK_TIMEOUT_MS + 5000;
  }

  /** Wakes the poller; `due` when deliveries may have become due (not merely an outcome to record). */
  private wake(due = true): void {
    if (due) this.mayBeDue = true;
    this.woken = true;
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let full = false;
      try {
        if (this.outcomes.length > 0) await this.record();
        if (this.mayBeDue && this.inFlight.size < IN_FLIGHT) {
          this.mayBeDue = false;
          const limit = IN_FLIGHT - this.inFlight.size;
          // A full claim may have left more behind: look again at once.
          full = (await this.claim(limit)) === limit;
          if (full) this.mayBeDue = true;
        }
        failures = 0;
      } catch (error) {
        this.mayBeDue = true;
        failures += 1;
        // An outage fails every cycle: say so once, then every twentieth time, and back off.
        if (failures === 1 || failures % 20 === 0)
          this.logger.warn(
            { ...describeError(error), failures },
            'delivery dispatcher: delivery cycle failed',
          );
      }
      if (!this.running) break;
      if (!full || this.inFlight.size >= IN_FLIGHT) {
        const slept = await this.sleep(
          this.config.WEBHOOK_POLL_INTERVAL_MS * Math.min(2 ** Math.min(failures, 5), 20),
        );
        // The poll interval passed with no wake-up: look, in case a notification was missed.
        if (!slept) this.mayBeDue = true;
      }
    }
  }

  /** Claims due deliveries to endpoints with nothing in flight here and starts sending them. */
  private async claim(limit: number): Promise<number> {
    const rows: ClaimedDelivery[] = await this.dataSource.query(
      `WITH due AS (
         SELECT notification_id, channel FROM (
           SELECT DISTINCT ON (channel, agency_id) notification_id, channel, urgent, next_attempt_at FROM delivery
            WHERE status = 'pending' AND next_attempt_at <= now()
              AND NOT ((channel || ':' || agency_id) = ANY($1::text[]))
            ORDER BY channel, agency_id, urgent DESC, next_attempt_at) first_of_each_endpoint
          ORDER BY urgent DESC, next_attempt_at LIMIT $2),
       claimed AS (
         UPDATE delivery d SET next_attempt_at = now() + make_interval(secs => $3::float8 / 1000),
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
         LEFT JOIN email_endpoint e ON e.agency_id = c.agency_id`,
      [[...this.inFlight], limit, this.leaseMs],
    );
    // One row per endpoint, none of them in flight here (the claim's DISTINCT ON and exclusion).
    for (const delivery of rows) {
      this.inFlight.add(endpointOf(delivery));
      const send = this.send(delivery).finally(() => this.sends.delete(send));
      this.sends.add(send);
    }
    return rows.length;
  }

  private async send(d: ClaimedDelivery): Promise<void> {
    const sender = this.senders.get(d.channel);
    const notification: OutgoingNotification = {
      notificationId: d.notification_id,
      agencyId: d.agency_id,
      ...(d.case_id && d.case_reference ? { caseId: d.case_id, caseReference: d.case_reference } : {}),
      eventType: d.event_type,
      kind: d.kind ?? d.event_type,
      language: d.language,
      urgent: d.urgent,
      title: d.title,
      body: d.body,
      createdAt: d.created_at,
      ...(d.url && d.secret ? { webhook: { url: d.url, secret: d.secret } } : {}),
      ...(d.address ? { email: { address: d.address } } : {}),
    };
    const started = performance.now();
    let error: string | undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      // No send outlasts its lease: one that takes longer than the timeout is recorded as failed.
      const timedOut = new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve('timed out'), this.sendTimeoutMs);
      });
      error = sender
        ? await Promise.race([sender.send(notification), timedOut])
        : `no sender for ${d.channel}`;
    } catch (thrown) {
      error = describeError(thrown).errorName;
    } finally {
      clearTimeout(timer);
    }
    this.outcomes.push({
      delivery: d,
      attempt: d.attempts + 1,
      error,
      durationMs: Math.round(performance.now() - started),
    });
    this.wake(false);
  }

  /** Records every outcome waiting, in one transaction; the endpoints are then free again. */
  private record(): Promise<void> {
    this.recording ??= (async () => {
      try {
        while (this.outcomes.length > 0) {
          const batch = this.outcomes.splice(0, this.outcomes.length);
          try {
            await this.recordBatch(batch);
          } catch (error) {
            this.outcomes.unshift(...batch);
            throw error;
          }
          for (const { delivery: d } of batch) {
            this.inFlight.delete(endpointOf(d));
            // The endpoint is free again: what waits for it can be claimed now.
            if (d.more) this.mayBeDue = true;
          }
        }
      } finally {
        this.recording = undefined;
      }
    })();
    return this.recording;
  }

  private async recordBatch(batch: Outcome[]): Promise<void> {
    const max = this.config.WEBHOOK_MAX_ATTEMPTS;
    const statusOf = (o: Outcome) =>
      !o.error ? 'delivered' : o.attempt >= max ? 'dead_lettered' : 'pending';
    const delays = batch.map((o) =>
      statusOf(o) === 'pending' ? nextRetryDelayMs(o.attempt, this.config.WEBHOOK_RETRY_BASE_MS) : 0,
    );
    await this.dataSource.transaction(async (manager) => {
      // Only outcomes whose claim still holds are recorded: a delivery another poller took over after
      // this one's lease ran out (a stalled process) is that poller's to record.
      const recorded: { notification_id: string; channel: string }[] = await manager.query(
        `WITH outcome AS (
           SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::int[], $6::text[], $7::int[], $8::int[])
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
         SELECT notification_id, channel FROM updated`,
        [
          batch.map((o) => o.delivery.notification_id),
          batch.map((o) => o.delivery.channel),
          batch.map((o) => o.delivery.lease),
          batch.map(statusOf),
          batch.map((o) => o.attempt),
          batch.map((o) => o.error ?? null),
          delays,
          batch.map((o) => o.durationMs),
        ],
      );
      const held = new Set(recorded.map((r) => `${r.notification_id}:${r.channel}`));
      for (const o of batch) {
        const d = o.delivery;
        if (!held.has(`${d.notification_id}:${d.channel}`)) {
          this.logger.warn(
            { notificationId: d.notification_id, agencyId: d.agency_id, channel: d.channel },
            'delivery outcome dropped: its lease ran out and another poller took the delivery over',
          );
          continue;
        }
        const status = statusOf(o);
        if (status === 'pending') continue;
        const event = {
          notificationId: d.notification_id,
          ...(d.case_id ? { caseId: d.case_id } : {}),
          recipientAgencyId: d.agency_id,
          channel: d.channel,
          attempts: o.attempt,
        };
        const subject = d.case_id ?? d.notification_id;
        if (status === 'delivered') {
          await this.outbox.append(manager, NotificationDelivered, { subject, data: event });
        } else {
          await this.outbox.append(manager, NotificationFailed, {
            subject,
            data: { ...event, reason: o.error as string },
          });
          this.logger.warn(
            {
              notificationId: d.notification_id,
              agencyId: d.agency_id,
              channel: d.channel,
              attempts: o.attempt,
            },
            'delivery dead-lettered after its last attempt',
          );
        }
      }
    });
    // A retry falls due while nothing else may wake the poller: wake it then.
    const soonest = Math.min(...delays.filter((ms) => ms > 0));
    if (Number.isFinite(soonest)) this.wakeAt(Date.now() + soonest);
  }

  private wakeAt(at: number): void {
    if (this.retryTimer && this.retryTimer.at <= at) return;
    clearTimeout(this.retryTimer?.timer);
    const timer = setTimeout(
      () => {
        this.retryTimer = undefined;
        this.wake();
      },
      Math.max(0, at - Date.now()),
    );
    this.retryTimer = { at, timer };
  }

  /** Waits until woken (true) or `ms` passed (false). */
  private sleep(ms: number): Promise<boolean> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const done = (woken: boolean) => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        this.woken = false;
        resolve(woken);
      };
      const timer = setTimeout(() => done(false), ms);
      this.wakeUp = () => done(true);
    });
  }
}

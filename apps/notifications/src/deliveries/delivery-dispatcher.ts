import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
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

/** Deliveries in flight at once per process. */
const WORKERS = 8;

interface DueDelivery {
  notification_id: string;
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
}

/**
 * Delivers queued notifications on every channel (webhook, e-mail). The queue is a table, so
 * deliveries survive restarts; workers are independent and each agency endpoint has one delivery in
 * flight at a time, so a slow or failing endpoint holds one worker and never another agency's
 * deliveries. Every attempt is recorded; failures retry with exponential backoff and jitter, and
 * after the last attempt the delivery is dead-lettered with an event.
 * Every attempt carries the same notification id for the receiver to de-duplicate.
 */
@Injectable()
export class DeliveryDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private running = false;
  private loop?: Promise<void>;
  private readonly sleepers = new Set<() => void>();
  private listener?: DatabaseWakeListener;
  private readonly endpointsInFlight = new Set<string>();
  private readonly senders: Map<string, ChannelSender>;

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
    // A queued delivery wakes the workers at once (see RecordNotification); the poll is the fallback.
    const [{ schema }] = (await this.dataSource.query('SELECT current_schema() AS schema')) as [
      { schema: string },
    ];
    this.listener = new DatabaseWakeListener(
      this.config.DATABASE_URL,
      wakeChannel('delivery', schema),
      () => {
        for (const wake of [...this.sleepers]) wake();
      },
    );
    this.listener.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    await this.listener?.stop();
    for (const wake of [...this.sleepers]) wake();
    await this.loop;
  }

  private async run(): Promise<void> {
    // Independent workers: a slow delivery holds its worker only.
    await Promise.all(Array.from({ length: WORKERS }, () => this.work()));
  }

  private async work(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let worked = false;
      try {
        worked = await this.deliverOne();
        failures = 0;
      } catch (error) {
        failures += 1;
        // An outage fails every cycle: say so once, then every twentieth time, and back off.
        if (failures === 1 || failures % 20 === 0)
          this.logger.warn(
            { ...describeError(error), failures },
            'delivery dispatcher: delivery cycle failed',
          );
      }
      if (!worked && this.running)
        await this.sleep(this.config.WEBHOOK_POLL_INTERVAL_MS * Math.min(2 ** Math.min(failures, 5), 20));
    }
  }

  /** Takes one due delivery to an endpoint with nothing in flight here and attempts it; false when none. */
  async deliverOne(): Promise<boolean> {
    const busy = [...this.endpointsInFlight];
    const candidates: { notification_id: string; channel: string; agency_id: string }[] =
      await this.dataSource.query(
        `SELECT DISTINCT ON (channel, agency_id) notification_id, channel, agency_id FROM (
         SELECT notification_id, channel, agency_id, urgent, next_attempt_at FROM delivery
          WHERE status = 'pending' AND next_attempt_at <= now() AND NOT ((channel || ':' || agency_id) = ANY($1::text[]))
          ORDER BY urgent DESC, next_attempt_at LIMIT 200) due
        ORDER BY channel, agency_id, urgent DESC, next_attempt_at`,
        [busy],
      );
    const pick = candidates.find((c) => !this.endpointsInFlight.has(`${c.channel}:${c.agency_id}`));
    if (!pick) return false;
    const endpoint = `${pick.channel}:${pick.agency_id}`;
    this.endpointsInFlight.add(endpoint);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const rows: DueDelivery[] = await manager.query(
          `SELECT d.notification_id, d.channel, d.agency_id, d.attempts, w.url, w.secret, e.address,
                  n.case_id, n.case_reference, n.event_type, n.kind, n.title, n.body, n.language, n.created_at, n.urgent
             FROM delivery d
             JOIN notification n ON n.notification_id = d.notification_id
             LEFT JOIN webhook_endpoint w ON w.agency_id = d.agency_id
             LEFT JOIN email_endpoint e ON e.agency_id = d.agency_id
            WHERE d.notification_id = $1 AND d.channel = $2 AND d.status = 'pending'
              FOR UPDATE OF d SKIP LOCKED`,
          [pick.notification_id, pick.channel],
        );
        if (rows.length === 0) return true; // another worker took it; look again
        await this.attempt(manager, rows[0]);
        return true;
      });
    } finally {
      this.endpointsInFlight.delete(endpoint);
    }
  }

  private async attempt(manager: EntityManager, d: DueDelivery): Promise<void> {
    const attempts = d.attempts + 1;
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
    const error = sender ? await sender.send(notification) : `no sender for ${d.channel}`;
    await manager.query(
      `INSERT INTO delivery_attempt (notification_id, channel, attempt, outcome, error, duration_ms)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        d.notification_id,
        d.channel,
        attempts,
        error ? 'failed' : 'delivered',
        error ?? null,
        Math.round(performance.now() - started),
      ],
    );
    const event = {
      notificationId: d.notification_id,
      ...(d.case_id ? { caseId: d.case_id } : {}),
      recipientAgencyId: d.agency_id,
      channel: d.channel,
      attempts,
    };
    const key = [d.notification_id, d.channel];
    if (!error) {
      await manager.query(
        `UPDATE delivery SET status = 'delivered', attempts = $3, delivered_at = now(), last_error = NULL
          WHERE notification_id = $1 AND channel = $2`,
        [...key, attempts],
      );
      await this.outbox.append(manager, NotificationDelivered, {
        subject: d.case_id ?? d.notification_id,
        data: event,
      });
      return;
    }
    if (attempts >= this.config.WEBHOOK_MAX_ATTEMPTS) {
      await manager.query(
        `UPDATE delivery SET status = 'dead_lettered', attempts = $3, last_error = $4 WHERE notification_id = $1 AND channel = $2`,
        [...key, attempts, error],
      );
      await this.outbox.append(manager, NotificationFailed, {
        subject: d.case_id ?? d.notification_id,
        data: { ...event, reason: error },
      });
      this.logger.warn(
        { notificationId: d.notification_id, agencyId: d.agency_id, channel: d.channel, attempts },
        'delivery dead-lettered after its last attempt',
      );
      return;
    }
    const delay = nextRetryDelayMs(attempts, this.config.WEBHOOK_RETRY_BASE_MS);
    await manager.query(
      `UPDATE delivery SET attempts = $3, last_error = $4, next_attempt_at = now() + ($5 || ' milliseconds')::interval
        WHERE notification_id = $1 AND channel = $2`,
      [...key, attempts, error, String(delay)],
    );
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.sleepers.add(done);
    });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { NotificationDelivered, NotificationFailed } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Logger } from '@nrm/observability';
import { describeError } from '@nrm/observability';
import { WebhookHeaders, signWebhook } from '@nrm/security';
import { LOGGER, SERVICE_CONFIG } from '@nrm/service-kit';
import type { NotificationsConfig } from '../notifications.config';
import { nextRetryDelayMs } from './retry-schedule';

/** Deliveries in flight at once per process. */
const WORKERS = 8;

interface DueDelivery {
  notification_id: string;
  agency_id: string;
  attempts: number;
  url: string;
  secret: string;
  case_id: string;
  case_reference: string;
  event_type: string;
  title: string;
  body: string;
  language: string;
  created_at: Date;
  urgent: boolean;
}

/**
 * Delivers queued webhook notifications. The queue is a table, so deliveries survive restarts; each
 * delivery is locked while sent (SKIP LOCKED), so replicas share the work and one slow endpoint holds
 * only its own row. Every attempt carries the same notification id for the receiver to de-duplicate.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private running = false;
  private loop?: Promise<void>;
  private readonly sleepers = new Set<() => void>();
  private readonly agenciesInFlight = new Set<string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    for (const wake of [...this.sleepers]) wake();
    await this.loop;
  }

  private async run(): Promise<void> {
    // Independent workers: a slow delivery holds its worker only.
    await Promise.all(Array.from({ length: WORKERS }, () => this.work()));
  }

  private async work(): Promise<void> {
    while (this.running) {
      let worked = false;
      try {
        worked = await this.deliverOne();
      } catch (error) {
        this.logger.warn(describeError(error), 'webhook dispatcher: delivery cycle failed');
      }
      if (!worked && this.running) await this.sleep(this.config.WEBHOOK_POLL_INTERVAL_MS);
    }
  }

  /**
   * Takes one due delivery to an endpoint that has no delivery in flight here, attempts it and
   * records the outcome; false when nothing was due. One endpoint at a time per agency, so a slow
   * or failing endpoint holds one worker and never the others' deliveries.
   */
  async deliverOne(): Promise<boolean> {
    const candidates: { notification_id: string; agency_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (agency_id) notification_id, agency_id FROM (
         SELECT notification_id, agency_id, urgent, next_attempt_at FROM webhook_delivery
          WHERE status = 'pending' AND next_attempt_at <= now() AND NOT (agency_id = ANY($1::text[]))
          ORDER BY urgent DESC, next_attempt_at LIMIT 200) due
        ORDER BY agency_id, urgent DESC, next_attempt_at`,
      [[...this.agenciesInFlight]],
    );
    const pick = candidates.find((c) => !this.agenciesInFlight.has(c.agency_id));
    if (!pick) return false;
    this.agenciesInFlight.add(pick.agency_id);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const rows: DueDelivery[] = await manager.query(
          `SELECT d.notification_id, d.agency_id, d.attempts, w.url, w.secret, n.case_id, n.case_reference,
                  n.event_type, n.title, n.body, n.language, n.created_at, n.urgent
             FROM webhook_delivery d
             JOIN webhook_endpoint w ON w.agency_id = d.agency_id
             JOIN notification n ON n.notification_id = d.notification_id
            WHERE d.notification_id = $1 AND d.status = 'pending'
              FOR UPDATE OF d SKIP LOCKED`,
          [pick.notification_id],
        );
        if (rows.length === 0) return true; // another worker took it; look again
        await this.attempt(manager, rows[0]);
        return true;
      });
    } finally {
      this.agenciesInFlight.delete(pick.agency_id);
    }
  }

  private async attempt(manager: EntityManager, d: DueDelivery): Promise<void> {
    const attempts = d.attempts + 1;
    const body = JSON.stringify({
      notificationId: d.notification_id,
      eventType: d.event_type,
      caseId: d.case_id,
      caseReference: d.case_reference,
      language: d.language,
      urgent: d.urgent,
      title: d.title,
      body: d.body,
      createdAt: d.created_at.toISOString(),
    });
    const timestamp = Math.floor(Date.now() / 1000);
    let error: string | undefined;
    try {
      const response = await fetch(d.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [WebhookHeaders.notificationId]: d.notification_id,
          [WebhookHeaders.timestamp]: String(timestamp),
          [WebhookHeaders.signature]: signWebhook(d.secret, timestamp, body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS),
      });
      await response.body?.cancel();
      if (response.status < 200 || response.status >= 300) error = `HTTP ${response.status}`;
    } catch (e) {
      error = describeError(e).errorName === 'TimeoutError' ? 'timed out' : 'connection failed';
    }
    const event = {
      notificationId: d.notification_id,
      caseId: d.case_id,
      recipientAgencyId: d.agency_id,
      channel: 'webhook' as const,
      attempts,
    };
    if (!error) {
      await manager.query(
        `UPDATE webhook_delivery SET status = 'delivered', attempts = $2, delivered_at = now(), last_error = NULL
          WHERE notification_id = $1`,
        [d.notification_id, attempts],
      );
      await this.outbox.append(manager, NotificationDelivered, { subject: d.case_id, data: event });
      return;
    }
    if (attempts >= this.config.WEBHOOK_MAX_ATTEMPTS) {
      await manager.query(
        `UPDATE webhook_delivery SET status = 'failed', attempts = $2, last_error = $3 WHERE notification_id = $1`,
        [d.notification_id, attempts, error],
      );
      await this.outbox.append(manager, NotificationFailed, {
        subject: d.case_id,
        data: { ...event, reason: error },
      });
      this.logger.warn(
        { notificationId: d.notification_id, agencyId: d.agency_id, attempts },
        'webhook delivery failed for good',
      );
      return;
    }
    const delay = nextRetryDelayMs(attempts, this.config.WEBHOOK_RETRY_BASE_MS);
    await manager.query(
      `UPDATE webhook_delivery SET attempts = $2, last_error = $3, next_attempt_at = now() + ($4 || ' milliseconds')::interval
        WHERE notification_id = $1`,
      [d.notification_id, attempts, error, String(delay)],
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

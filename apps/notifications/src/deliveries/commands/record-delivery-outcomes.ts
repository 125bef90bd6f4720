import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationDelivered, NotificationFailed } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Logger } from '@nrm/observability';
import { LOGGER, SERVICE_CONFIG } from '@nrm/service-kit';
import type { NotificationsConfig } from '../../notifications.config';
import { DeliveryRepository } from '../delivery.repository';
import type { ClaimedDelivery } from '../delivery.repository';
import { statusAfter } from '../delivery-rules';
import { nextRetryDelayMs } from '../retry-schedule';

/** How one attempt ended, waiting to be recorded with the others that ended meanwhile. */
export interface Outcome {
  delivery: ClaimedDelivery;
  attempt: number;
  error: string | undefined;
  durationMs: number;
}

/**
 * Records attempts' outcomes together, in one transaction: every attempt in the history, retries with
 * exponential backoff and jitter, a dead letter (and its event) after the last attempt, the delivered
 * event on success. Returns the soonest retry's delay, if any is due again.
 */
@Injectable()
export class RecordDeliveryOutcomes {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: DeliveryRepository,
    private readonly outbox: OutboxWriter,
    @Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async execute(batch: Outcome[]): Promise<number | undefined> {
    const statuses = batch.map((o) => statusAfter(o.attempt, o.error, this.config.WEBHOOK_MAX_ATTEMPTS));
    const delays = batch.map((o, i) =>
      statuses[i] === 'pending' ? nextRetryDelayMs(o.attempt, this.config.WEBHOOK_RETRY_BASE_MS) : 0,
    );
    await this.dataSource.transaction(async (manager) => {
      // Only outcomes whose claim still holds are recorded: a delivery another poller took over after
      // this one's lease ran out (a stalled process) is that poller's to record.
      const held = await this.deliveries.recordOutcomes(
        manager,
        batch.map((o, i) => ({
          notificationId: o.delivery.notification_id,
          channel: o.delivery.channel,
          lease: o.delivery.lease,
          status: statuses[i],
          attempt: o.attempt,
          error: o.error ?? null,
          delayMs: delays[i],
          durationMs: o.durationMs,
        })),
      );
      for (const [i, o] of batch.entries()) {
        const d = o.delivery;
        if (!held.has(`${d.notification_id}:${d.channel}`)) {
          this.logger.warn(
            { notificationId: d.notification_id, agencyId: d.agency_id, channel: d.channel },
            'delivery outcome dropped: its lease ran out and another poller took the delivery over',
          );
          continue;
        }
        const status = statuses[i];
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
    const soonest = Math.min(...delays.filter((ms) => ms > 0));
    return Number.isFinite(soonest) ? soonest : undefined;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { sql } from 'kysely';
import { DataSource } from 'typeorm';
import type { Logger } from '@nrm/observability';
import { describeError } from '@nrm/observability';
import { DatabaseWakeListener, sqlOf, wakeChannel } from '@nrm/persistence';
import { LOGGER, SERVICE_CONFIG } from '@nrm/service-kit';
import type { NotificationsConfig } from '../notifications.config';
import { CHANNEL_SENDERS } from './channel-sender';
import type { ChannelSender } from './channel-sender';
import { ClaimDueDeliveries } from './commands/claim-due-deliveries';
import { RecordDeliveryOutcomes } from './commands/record-delivery-outcomes';
import type { Outcome } from './commands/record-delivery-outcomes';
import type { ClaimedDelivery } from './delivery.repository';
import { endpointOf, outgoingOf } from './delivery-rules';

/** Deliveries in flight at once per process (each to a different agency endpoint). */
const IN_FLIGHT = 16;

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
    private readonly claimDue: ClaimDueDeliveries,
    private readonly recordOutcomes: RecordDeliveryOutcomes,
    @Inject(CHANNEL_SENDERS) senders: ChannelSender[],
    @Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.senders = new Map(senders.map((s) => [s.channel, s]));
  }

  async onApplicationBootstrap(): Promise<void> {
    this.running = true;
    this.loop = this.run();
    const {
      rows: [{ schema }],
    } = await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(sqlOf(this.dataSource));
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
    const rows = await this.claimDue.execute(this.inFlight, limit);
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
    const started = performance.now();
    let error: string | undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      // No send outlasts its lease: one that takes longer than the timeout is recorded as failed.
      const timedOut = new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve('timed out'), this.sendTimeoutMs);
      });
      error = sender
        ? await Promise.race([sender.send(outgoingOf(d)), timedOut])
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
            const retryInMs = await this.recordOutcomes.execute(batch);
            // A retry falls due while nothing else may wake the poller: wake it then.
            if (retryInMs !== undefined) this.wakeAt(Date.now() + retryInMs);
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

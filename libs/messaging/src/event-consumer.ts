import type { Consumer, EachBatchPayload } from 'kafkajs';
import { withTopicPrefix } from '@nrm/contracts';
import { describeError } from '@nrm/observability';
import { isDatabaseUnavailable } from '@nrm/persistence';
import type { DeadLetterReason } from './dead-letter';
import { sendToDeadLetter } from './dead-lettering';
import type { EventConsumerOptions } from './event-consumer-options';
import { handleInOneTransaction } from './inbox-batch';
import { connectWithRetry } from './kafka';
import { decodeMessage } from './message-decoding';
import type { BatchItem, Received } from './message-decoding';
import { OffsetCommits } from './offset-commits';

export type { InboundBatch, InboundEvent, InboundEventHandler } from './inbound-event';
export type { EventConsumerOptions } from './event-consumer-options';

/**
 * Consumes events with an inbox, a batch at a time: the message ids of a partition's batch and the
 * handlers' effects commit in one transaction, so a redelivered message changes nothing and a batch
 * costs one transaction, not one per message. An unreadable message goes straight to the dead-letter
 * topic. When a handler fails, the batch is rolled back and the events before it committed again
 * on their own; the failing one is retried with backoff a bounded number of times, then
 * dead-lettered, and the partition moves on. Offsets are committed at most every `commitIntervalMs`
 * (and on stop), not after every message.
 */
export class EventConsumer {
  private consumer?: Consumer;
  private healthy = false;
  private stopped = false;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly maxBatchSize: number;
  private readonly validatePayloads: boolean;
  private readonly offsets: OffsetCommits;

  constructor(private readonly options: EventConsumerOptions) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.backoffMs = options.backoffMs ?? 200;
    this.maxBatchSize = options.maxBatchSize ?? 200;
    this.offsets = new OffsetCommits(options.commitIntervalMs ?? 2000, options.logger);
    this.validatePayloads = options.validatePayloads ?? true;
  }

  get isHealthy(): boolean {
    return this.healthy;
  }

  async start(): Promise<void> {
    this.launch();
  }

  /**
   * Creates the kafkajs consumer and, in the background, connects it (waiting for the brokers as long
   * as it takes: the service runs, not ready, meanwhile), subscribes and runs it. kafkajs restarts a
   * consumer after a retriable error only; after any other (an authentication cut short by a broken
   * connection, say) it would stay down, so a fresh consumer is launched in its place.
   */
  private launch(): void {
    const { kafka, groupId, topics, topicPrefix } = this.options;
    const sessionTimeout = this.options.sessionTimeoutMs ?? 10_000;
    const consumer = kafka.consumer({
      groupId,
      sessionTimeout,
      heartbeatInterval: Math.max(1000, Math.floor(sessionTimeout / 3)),
      allowAutoTopicCreation: false,
    });
    this.consumer = consumer;
    this.offsets.attach(consumer);
    consumer.on(consumer.events.GROUP_JOIN, () => (this.healthy = true));
    consumer.on(consumer.events.CRASH, (e) => {
      this.healthy = false;
      this.options.logger.error(
        { restart: e.payload.restart, errorName: e.payload.error.name },
        e.payload.restart ? 'consumer crashed, kafkajs restarts it' : 'consumer crashed, launching a new one',
      );
      if (e.payload.restart || this.stopped) return;
      void (async () => {
        await consumer.disconnect().catch(() => undefined);
        await sleep(1000);
        if (!this.stopped && this.consumer === consumer) this.launch();
      })();
    });
    consumer.on(consumer.events.STOP, () => (this.healthy = false));
    consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) =>
      this.options.metrics?.consumerLag.set(
        { topic: payload.topic, partition: String(payload.partition) },
        Number(payload.offsetLag),
      ),
    );
    void (async () => {
      const connected = await connectWithRetry(
        async () => {
          await consumer.connect();
          await consumer.subscribe({
            topics: topics.map((t) => withTopicPrefix(topicPrefix, t)),
            fromBeginning: true,
          });
        },
        `consumer ${groupId}`,
        this.options.logger,
        () => this.stopped,
      );
      if (!connected) return;
      // Joining the group can wait for a departed member's session to expire; the service stays
      // not-ready meanwhile instead of holding up its start.
      const running = consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        eachBatch: (payload) => this.onBatch(payload),
      });
      running.catch((error: unknown) =>
        this.options.logger.error(describeError(error), 'consumer failed to start'),
      );
    })();
  }

  /** Resolves once the consumer has joined its group (for tests and tools that need to wait). */
  async joined(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.healthy) {
      if (Date.now() > deadline)
        throw new Error(`consumer ${this.options.groupId} did not join in ${timeoutMs} ms`);
      await sleep(50);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.healthy = false;
    await this.offsets.stop();
    await this.consumer?.disconnect();
  }

  private async onBatch({
    batch,
    heartbeat,
    isRunning,
    isStale,
    resolveOffset,
  }: EachBatchPayload): Promise<void> {
    const { topic, partition } = batch;
    // kafkajs reads on from what is resolved; the group's committed position follows in commit().
    const resolve = (offset: string) => {
      resolveOffset(offset);
      this.offsets.resolve(topic, partition, offset);
    };
    let events: BatchItem[] = [];
    let lastOffset: string | undefined;
    // Events run in chunks between the messages that are not handled here, in offset order.
    const handlePending = async (): Promise<boolean> => {
      for (let start = 0; start < events.length; start += this.maxBatchSize) {
        if (!isRunning() || isStale()) return false;
        const chunk = events.slice(start, start + this.maxBatchSize);
        await this.handleChunk(chunk, heartbeat);
        resolve((chunk[chunk.length - 1] as BatchItem).message.offset);
        await heartbeat();
      }
      events = [];
      return true;
    };
    for (const message of batch.messages) {
      const decoded = decodeMessage(topic, partition, message, this.options.handlers, this.validatePayloads);
      if (decoded.kind === 'event') {
        events.push(decoded.item);
      } else if (decoded.kind === 'ignored') {
        this.options.metrics?.messagesConsumed.inc({ topic, outcome: 'ignored' });
      } else {
        if (!(await handlePending())) return;
        await this.deadLetter(decoded.received, decoded.reason, decoded.error, 0);
      }
      lastOffset = message.offset;
    }
    if (!(await handlePending())) return;
    if (lastOffset !== undefined) resolve(lastOffset);
    await this.offsets.commitSoon(this.stopped);
  }

  /**
   * Handles a chunk in one transaction. If a handler fails, the events before it are committed on
   * their own, the failing one goes the way of retries (its first attempt spent) and the rest
   * continue as a batch. A database outage is waited out, batch and all.
   */
  private async handleChunk(chunk: BatchItem[], heartbeat: () => Promise<void>): Promise<void> {
    let rest = chunk;
    for (let outage = 0; rest.length > 0;) {
      const result = await handleInOneTransaction(this.options.dataSource, this.options.groupId, rest);
      if (result.ok) {
        this.count(rest, result.outcomes);
        if (outage > 0) this.options.logger.info({ waits: outage }, 'database is back, consuming again');
        return;
      }
      if (isDatabaseUnavailable(result.error)) {
        // Stopping: leave the offsets unresolved, so the messages come back after the restart.
        if (this.stopped) throw result.error;
        await this.waitForDatabase(result.error, rest[0] as BatchItem, (outage += 1));
        await heartbeat();
        continue;
      }
      if (result.failedAt < 0) {
        // Not a handler's failure (the inbox itself): each event on its own, with its attempts.
        for (const item of rest) await this.handleWithRetries(item, heartbeat);
        return;
      }
      const before = rest.slice(0, result.failedAt);
      if (before.length > 0) await this.handleChunk(before, heartbeat);
      await this.handleWithRetries(rest[result.failedAt] as BatchItem, heartbeat, result.error);
      rest = rest.slice(result.failedAt + 1);
    }
  }

  private async handleWithRetries(
    item: BatchItem,
    heartbeat: () => Promise<void>,
    firstFailure?: unknown,
  ): Promise<void> {
    const { envelope } = item;
    let attempt = 1;
    let outage = 0;
    let error = firstFailure;
    for (;;) {
      if (error !== undefined) {
        if (isDatabaseUnavailable(error)) {
          // The database away (a restart, a failover) is no fault of the message: wait for it as
          // long as it takes, without spending the message's attempts, and never dead-letter for it.
          if (this.stopped) throw error;
          await this.waitForDatabase(error, item, (outage += 1));
        } else {
          if (attempt >= this.maxAttempts) {
            await this.deadLetter(item, 'handler_failed', error, attempt);
            return;
          }
          this.options.logger.warn(
            { ...describeError(error), eventType: envelope.type, eventId: envelope.id, attempt },
            'event handler failed, retrying',
          );
          await sleep(this.backoffMs * 2 ** (attempt - 1));
          attempt += 1;
        }
        await heartbeat();
      }
      const result = await handleInOneTransaction(this.options.dataSource, this.options.groupId, [item]);
      if (result.ok) {
        this.count([item], result.outcomes);
        if (outage > 0) this.options.logger.info({ waits: outage }, 'database is back, consuming again');
        return;
      }
      error = result.error;
    }
  }

  private deadLetter(received: Received, reason: DeadLetterReason, error: unknown, attempts: number) {
    return sendToDeadLetter(this.options, received, reason, error, attempts);
  }

  private count(items: BatchItem[], outcomes: ('processed' | 'duplicate')[]): void {
    const metrics = this.options.metrics;
    if (!metrics) return;
    items.forEach((item, i) => metrics.messagesConsumed.inc({ topic: item.topic, outcome: outcomes[i] }));
  }

  /** A database away is waited for with backoff, said in the log the first and every tenth time. */
  private async waitForDatabase(error: unknown, item: BatchItem, waits: number): Promise<void> {
    if (waits === 1 || waits % 10 === 0)
      this.options.logger.warn(
        { ...describeError(error), eventType: item.envelope.type, eventId: item.envelope.id, waits },
        'database unavailable, waiting to process the event',
      );
    await sleep(Math.min(5000, this.backoffMs * 2 ** Math.min(waits - 1, 5)));
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

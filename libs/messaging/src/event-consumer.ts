import type { Consumer, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import {
  PayloadValidationError,
  envelopeFromMessage,
  findEventDefinition,
  parsePayload,
  payloadObject,
  withTopicPrefix,
} from '@nrm/contracts';
import type { EventEnvelope, TopicName } from '@nrm/contracts';
import type { Logger, PlatformMetrics } from '@nrm/observability';
import { describeError, extractTraceContext, inSpan, runWithCorrelation } from '@nrm/observability';
import { isDatabaseUnavailable } from '@nrm/persistence';
import { inConsumerTransaction } from './consumer-transaction';
import { DeadLetterHeaders } from './dead-letter';
import type { DeadLetterReason } from './dead-letter';
import { connectWithRetry, headersToStrings } from './kafka';

/** What a handler receives: the validated event and the transaction its effects must use. */
export interface InboundEvent<TPayload = unknown> {
  envelope: EventEnvelope<TPayload>;
  payload: TPayload;
  /** The transaction that also records the message in the inbox (with the rest of its batch). */
  manager: EntityManager;
  /** The events handled in the same transaction, for reads gathered once per batch. */
  batch: InboundBatch;
}

/**
 * The events of one partition handled in one transaction, in offset order. A handler may read what
 * every event of the batch needs with one query instead of one per event.
 */
export interface InboundBatch {
  readonly events: readonly { envelope: EventEnvelope<unknown>; payload: object }[];
  /** `load()` once per batch and key; every later call in the batch gets the same answer. */
  once<T>(key: string, load: () => Promise<T>): Promise<T>;
  /**
   * Runs `finish()` once per batch and key after the last event's handler, in the same transaction
   * (writes gathered over the batch go out in one statement). If it fails, the batch fails and its
   * events are handled again one by one.
   */
  atEnd(key: string, finish: () => Promise<void>): void;
}

export type InboundEventHandler = (event: InboundEvent<object>) => Promise<void>;

export interface EventConsumerOptions {
  kafka: Kafka;
  producer: Producer;
  dataSource: DataSource;
  groupId: string;
  topicPrefix: string;
  topics: TopicName[];
  /** Handlers by event type; events of other types on the same topics are skipped. */
  handlers: Map<string, InboundEventHandler>;
  deadLetterTopic: string;
  logger: Logger;
  metrics?: PlatformMetrics;
  maxAttempts?: number;
  backoffMs?: number;
  sessionTimeoutMs?: number;
  /** Most events handled in one transaction (a longer batch is handled in several). */
  maxBatchSize?: number;
  /** How long consumed offsets may wait before they are committed (redelivery is absorbed by the inbox). */
  commitIntervalMs?: number;
  /**
   * Whether each payload is validated against its contract here (the default). Off for the
   * platform's own topics: their producer validated every payload when it wrote it to its outbox,
   * and only that producer may write the topic (ACLs), so the consumer checks the envelope and the
   * contract version (a known type and schema version) only.
   */
  validatePayloads?: boolean;
}

class PoisonMessage extends Error {
  constructor(
    readonly reason: DeadLetterReason,
    message: string,
  ) {
    super(message);
  }
}

/** A message as received: where it came from, its value and headers as text. */
interface Received {
  topic: string;
  partition: number;
  message: KafkaMessage;
  value: string | null;
  headers: Record<string, string>;
}

/** A message of a batch, read and checked: an event to handle, one to skip, or poison. */
type Decoded =
  | { kind: 'event'; item: BatchItem }
  | { kind: 'ignored' }
  | { kind: 'poison'; received: Received; reason: DeadLetterReason; error: unknown };

interface BatchItem extends Received {
  envelope: EventEnvelope<unknown>;
  payload: object;
  handler: InboundEventHandler;
}

type BatchOutcome =
  { ok: true; outcomes: ('processed' | 'duplicate')[] } | { ok: false; failedAt: number; error: unknown };

/** The next offset to read of a partition, as committed to the group. */
interface PartitionPosition {
  topic: string;
  partition: number;
  offset: string;
}

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
  private readonly commitIntervalMs: number;
  private readonly validatePayloads: boolean;
  /** Consumed but not yet committed, by topic and partition. */
  private readonly uncommitted = new Map<string, PartitionPosition>();
  private lastCommit = 0;
  private commitTimer?: NodeJS.Timeout;
  private committing?: Promise<void>;

  constructor(private readonly options: EventConsumerOptions) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.backoffMs = options.backoffMs ?? 200;
    this.maxBatchSize = options.maxBatchSize ?? 200;
    this.commitIntervalMs = options.commitIntervalMs ?? 2000;
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
    this.uncommitted.clear();
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
    clearTimeout(this.commitTimer);
    // What was consumed is committed before the group is left; a batch in flight commits its own.
    await this.commit().catch(() => undefined);
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
      this.resolve(topic, partition, offset);
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
      const decoded = this.decode(topic, partition, message);
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
    await this.commitSoon();
  }

  private decode(topic: string, partition: number, message: KafkaMessage): Decoded {
    const headers = headersToStrings(message.headers);
    const value = message.value?.toString('utf8') ?? null;
    try {
      const envelope = envelopeFromMessage(headers, value);
      const definition = findEventDefinition(envelope.type, envelope.schemaVersion);
      if (!definition)
        throw new PoisonMessage('unknown_event', `unknown event ${envelope.type} v${envelope.schemaVersion}`);
      const handler = this.options.handlers.get(envelope.type);
      if (!handler) return { kind: 'ignored' };
      if (message.key?.toString('utf8') !== envelope.subject) {
        throw new PoisonMessage('invalid_envelope', 'message key differs from the envelope subject');
      }
      const payload = this.validatePayloads
        ? parsePayload(definition, envelope.data)
        : payloadObject(envelope.type, envelope.data);
      return {
        kind: 'event',
        item: { topic, partition, message, value, headers, envelope, payload, handler },
      };
    } catch (error) {
      const reason: DeadLetterReason =
        error instanceof PoisonMessage
          ? error.reason
          : error instanceof PayloadValidationError
            ? 'invalid_payload'
            : 'invalid_envelope';
      return { kind: 'poison', received: { topic, partition, message, value, headers }, reason, error };
    }
  }

  /**
   * Handles a chunk in one transaction. If a handler fails, the events before it are committed on
   * their own, the failing one goes the way of retries (its first attempt spent) and the rest
   * continue as a batch. A database outage is waited out, batch and all.
   */
  private async handleChunk(chunk: BatchItem[], heartbeat: () => Promise<void>): Promise<void> {
    let rest = chunk;
    for (let outage = 0; rest.length > 0;) {
      const result = await this.handleAsBatch(rest);
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

  /**
   * One transaction: the inbox rows of the chunk in one statement (sent with BEGIN), then each new
   * event's handler, then the batch's end steps (the outbox rows sent with COMMIT).
   */
  private async handleAsBatch(items: BatchItem[]): Promise<BatchOutcome> {
    let failure: { failedAt: number; error: unknown } | undefined;
    const outcomes: ('processed' | 'duplicate')[] = [];
    try {
      await inConsumerTransaction(
        this.options.dataSource,
        (literal) =>
          `INSERT INTO inbox (consumer_group, message_id, event_type, topic, kafka_partition, kafka_offset)
           VALUES ${items
             .map(
               (i) =>
                 `(${literal(this.options.groupId)}, ${literal(i.envelope.id)}, ${literal(i.envelope.type)}, ${literal(i.topic)}, ${literal(i.partition)}, ${literal(i.message.offset)})`,
             )
             .join(', ')}
           ON CONFLICT DO NOTHING RETURNING message_id`,
        async (manager, firstRows) => {
          const inserted = firstRows as { message_id: string }[];
          // A copy of an event within the chunk finds its id taken by the first.
          const fresh = new Set(inserted.map((r) => r.message_id));
          const batch = new Batch(items);
          for (const [index, item] of items.entries()) {
            if (!fresh.delete(item.envelope.id)) {
              outcomes.push('duplicate');
              continue;
            }
            try {
              await this.runHandler(item, manager, batch);
            } catch (error) {
              failure = { failedAt: index, error };
              throw error;
            }
            outcomes.push('processed');
          }
          await batch.finish();
        },
      );
    } catch (error) {
      return { ok: false, ...(failure ?? { failedAt: -1, error }) };
    }
    return { ok: true, outcomes };
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
      const result = await this.handleAsBatch([item]);
      if (result.ok) {
        this.count([item], result.outcomes);
        if (outage > 0) this.options.logger.info({ waits: outage }, 'database is back, consuming again');
        return;
      }
      error = result.error;
    }
  }

  /** Runs a handler under the event's correlation and a consumer span in the producer's trace. */
  private runHandler(item: BatchItem, manager: EntityManager, batch: InboundBatch): Promise<void> {
    const { envelope, payload, handler, topic, partition, headers } = item;
    const context = { correlationId: envelope.correlationId, causationId: envelope.id };
    return inSpan(
      `process ${envelope.type}`,
      'consumer',
      { 'messaging.destination.name': topic, 'messaging.kafka.partition': partition },
      () =>
        runWithCorrelation(context, () =>
          handler({ envelope: envelope as EventEnvelope<object>, payload, manager, batch }),
        ),
      extractTraceContext(headers, true),
    );
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

  private resolve(topic: string, partition: number, offset: string): void {
    // The committed position is the next offset to read.
    this.uncommitted.set(`${topic}:${partition}`, {
      topic,
      partition,
      offset: (BigInt(offset) + 1n).toString(),
    });
  }

  /** Commits now if the interval has passed (or the consumer is stopping), else once it has. */
  private async commitSoon(): Promise<void> {
    const wait = this.lastCommit + this.commitIntervalMs - Date.now();
    if (wait <= 0 || this.stopped) return this.commit().catch((error: unknown) => this.commitFailed(error));
    this.commitTimer ??= setTimeout(() => {
      this.commitTimer = undefined;
      void this.commit().catch((error: unknown) => this.commitFailed(error));
    }, wait);
  }

  private commit(): Promise<void> {
    this.committing ??= (async () => {
      try {
        const offsets = [...this.uncommitted.values()];
        if (offsets.length === 0 || !this.consumer) return;
        this.uncommitted.clear();
        this.lastCommit = Date.now();
        try {
          await this.consumer.commitOffsets(offsets);
        } catch (error) {
          // Put back what no later batch has moved past, for the next commit.
          for (const o of offsets) {
            const key = `${o.topic}:${o.partition}`;
            if (!this.uncommitted.has(key)) this.uncommitted.set(key, o);
          }
          throw error;
        }
      } finally {
        this.committing = undefined;
      }
    })();
    return this.committing;
  }

  private commitFailed(error: unknown): void {
    // A rebalance or a broker away: the next commit carries these offsets, and a redelivery is
    // absorbed by the inbox.
    this.options.logger.debug(describeError(error), 'consumer: offsets not committed yet');
  }

  private async deadLetter(
    { topic, partition, message, value, headers }: Received,
    reason: DeadLetterReason,
    error: unknown,
    attempts: number,
  ): Promise<void> {
    const { offset, key } = message;
    const { errorName, errorMessage } = describeError(error);
    this.options.logger.error(
      { topic, partition, offset, reason, errorName, errorMessage },
      'message dead-lettered',
    );
    // If this send fails the offset is not resolved and the message comes back: nothing is lost.
    await this.options.producer.send({
      topic: this.options.deadLetterTopic,
      acks: -1,
      messages: [
        {
          key,
          value,
          headers: {
            ...headers,
            [DeadLetterHeaders.originalTopic]: topic,
            [DeadLetterHeaders.originalPartition]: String(partition),
            [DeadLetterHeaders.originalOffset]: offset,
            [DeadLetterHeaders.consumerGroup]: this.options.groupId,
            [DeadLetterHeaders.reason]: reason,
            [DeadLetterHeaders.error]: `${errorName}: ${errorMessage ?? ''}`.slice(0, 500),
            [DeadLetterHeaders.attempts]: String(attempts),
            [DeadLetterHeaders.failedAt]: new Date().toISOString(),
          },
        },
      ],
    });
    this.options.metrics?.deadLetters.inc({ topic, reason });
    this.options.metrics?.messagesConsumed.inc({ topic, outcome: 'dead_lettered' });
  }
}

class Batch implements InboundBatch {
  private readonly loaded = new Map<string, Promise<unknown>>();
  private readonly endings = new Map<string, () => Promise<void>>();
  readonly events: readonly { envelope: EventEnvelope<unknown>; payload: object }[];

  constructor(items: BatchItem[]) {
    this.events = items.map(({ envelope, payload }) => ({ envelope, payload }));
  }

  once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let value = this.loaded.get(key) as Promise<T> | undefined;
    if (!value) {
      value = load();
      this.loaded.set(key, value);
    }
    return value;
  }

  atEnd(key: string, finish: () => Promise<void>): void {
    if (!this.endings.has(key)) this.endings.set(key, finish);
  }

  async finish(): Promise<void> {
    for (const finish of this.endings.values()) await finish();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

import type { Consumer, EachMessagePayload, Kafka, Producer } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import {
  PayloadValidationError,
  envelopeFromMessage,
  findEventDefinition,
  parsePayload,
  withTopicPrefix,
} from '@nrm/contracts';
import type { EventEnvelope, TopicName } from '@nrm/contracts';
import type { Logger, PlatformMetrics } from '@nrm/observability';
import { describeError, extractTraceContext, inSpan, runWithCorrelation } from '@nrm/observability';
import { isDatabaseUnavailable } from '@nrm/persistence';
import { DeadLetterHeaders } from './dead-letter';
import type { DeadLetterReason } from './dead-letter';
import { connectWithRetry, headersToStrings } from './kafka';

/** What a handler receives: the validated event and the transaction its effects must use. */
export interface InboundEvent<TPayload = unknown> {
  envelope: EventEnvelope<TPayload>;
  payload: TPayload;
  /** The transaction that also records the message in the inbox. */
  manager: EntityManager;
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
}

class PoisonMessage extends Error {
  constructor(
    readonly reason: DeadLetterReason,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Consumes events with an inbox: the message id and the handler's effects commit in one transaction,
 * so a redelivered message changes nothing. An unreadable message goes straight to the dead-letter
 * topic; a failing handler is retried with backoff a bounded number of times, then dead-lettered, and
 * the partition moves on.
 */
export class EventConsumer {
  private consumer?: Consumer;
  private healthy = false;
  private stopped = false;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;

  constructor(private readonly options: EventConsumerOptions) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.backoffMs = options.backoffMs ?? 200;
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
    const consumer = kafka.consumer({
      groupId,
      sessionTimeout: this.options.sessionTimeoutMs ?? 10_000,
      heartbeatInterval: 1000,
      allowAutoTopicCreation: false,
    });
    this.consumer = consumer;
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
      const running = consumer.run({ eachMessage: (payload) => this.onMessage(payload) });
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
    await this.consumer?.disconnect();
  }

  private async onMessage({ topic, partition, message, heartbeat }: EachMessagePayload): Promise<void> {
    const headers = headersToStrings(message.headers);
    const value = message.value?.toString('utf8') ?? null;
    let envelope: EventEnvelope<unknown>;
    let handler: InboundEventHandler | undefined;
    let payload: object;
    try {
      envelope = envelopeFromMessage(headers, value);
      const definition = findEventDefinition(envelope.type, envelope.schemaVersion);
      if (!definition)
        throw new PoisonMessage('unknown_event', `unknown event ${envelope.type} v${envelope.schemaVersion}`);
      handler = this.options.handlers.get(envelope.type);
      if (!handler) {
        this.options.metrics?.messagesConsumed.inc({ topic, outcome: 'ignored' });
        return;
      }
      if (message.key?.toString('utf8') !== envelope.subject) {
        throw new PoisonMessage('invalid_envelope', 'message key differs from the envelope subject');
      }
      payload = parsePayload(definition, envelope.data);
    } catch (error) {
      const reason: DeadLetterReason =
        error instanceof PoisonMessage
          ? error.reason
          : error instanceof PayloadValidationError
            ? 'invalid_payload'
            : 'invalid_envelope';
      await this.deadLetter(topic, partition, message.offset, message.key, value, headers, reason, error, 0);
      return;
    }

    const context = { correlationId: envelope.correlationId, causationId: envelope.id };
    // A consumer span under the producer's trace context (ce_traceparent); what the handler emits
    // carries it on.
    await inSpan(
      `process ${envelope.type}`,
      'consumer',
      { 'messaging.destination.name': topic, 'messaging.kafka.partition': partition },
      () =>
        this.handleWithRetries(
          topic,
          partition,
          message,
          heartbeat,
          value,
          headers,
          envelope,
          payload,
          handler,
          context,
        ),
      extractTraceContext(headers, true),
    );
  }

  private async handleWithRetries(
    topic: string,
    partition: number,
    message: EachMessagePayload['message'],
    heartbeat: () => Promise<void>,
    value: string | null,
    headers: Record<string, string>,
    envelope: EventEnvelope<unknown>,
    payload: object,
    handler: InboundEventHandler,
    context: { correlationId: string; causationId: string },
  ): Promise<void> {
    for (let attempt = 1, outage = 0; ; attempt += 1) {
      try {
        const outcome = await runWithCorrelation(context, () =>
          this.processOnce(topic, partition, message.offset, envelope, payload, handler),
        );
        this.options.metrics?.messagesConsumed.inc({ topic, outcome });
        if (outage > 0) this.options.logger.info({ waits: outage }, 'database is back, consuming again');
        return;
      } catch (error) {
        // The database away (a restart, a failover) is no fault of the message: wait for it as long
        // as it takes, without spending the message's attempts, and never dead-letter for it.
        if (isDatabaseUnavailable(error)) {
          // Stopping: leave the offset uncommitted, so the message comes back after the restart.
          if (this.stopped) throw error;
          outage += 1;
          attempt -= 1;
          if (outage === 1 || outage % 10 === 0)
            this.options.logger.warn(
              { ...describeError(error), eventType: envelope.type, eventId: envelope.id, waits: outage },
              'database unavailable, waiting to process the event',
            );
          await sleep(Math.min(5000, this.backoffMs * 2 ** Math.min(outage - 1, 5)));
          await heartbeat();
          continue;
        }
        if (attempt >= this.maxAttempts) {
          await this.deadLetter(
            topic,
            partition,
            message.offset,
            message.key,
            value,
            headers,
            'handler_failed',
            error,
            attempt,
          );
          return;
        }
        this.options.logger.warn(
          { ...describeError(error), eventType: envelope.type, eventId: envelope.id, attempt },
          'event handler failed, retrying',
        );
        await sleep(this.backoffMs * 2 ** (attempt - 1));
        await heartbeat();
      }
    }
  }

  private async processOnce(
    topic: string,
    partition: number,
    offset: string,
    envelope: EventEnvelope<unknown>,
    payload: object,
    handler: InboundEventHandler,
  ): Promise<'processed' | 'duplicate'> {
    return this.options.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO inbox (consumer_group, message_id, event_type, topic, kafka_partition, kafka_offset)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING message_id`,
        [this.options.groupId, envelope.id, envelope.type, topic, partition, offset],
      );
      if (inserted.length === 0) return 'duplicate';
      await handler({ envelope: envelope as EventEnvelope<object>, payload, manager });
      return 'processed';
    });
  }

  private async deadLetter(
    topic: string,
    partition: number,
    offset: string,
    key: Buffer | null,
    value: string | null,
    headers: Record<string, string>,
    reason: DeadLetterReason,
    error: unknown,
    attempts: number,
  ): Promise<void> {
    const { errorName, errorMessage } = describeError(error);
    this.options.logger.error(
      { topic, partition, offset, reason, errorName, errorMessage },
      'message dead-lettered',
    );
    // If this send fails the offset is not committed and the message comes back: nothing is lost.
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

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

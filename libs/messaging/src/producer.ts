import { KafkaJSError, Partitioners } from 'kafkajs';
import type { Kafka, Producer } from 'kafkajs';

/**
 * The platform's producer: idempotent, one request in flight, so retries neither reorder nor double.
 *
 * kafkajs marks its producer connected (and emits CONNECT) before it has its producer id. A send in
 * that window goes out without idempotence, and when the id arrives kafkajs resets the per-broker
 * locks under it: the broker appends the records but the send rejects (a TypeError reading
 * 'release'), so the outbox relay publishes them again. This producer therefore accepts sends only
 * once `connect()` has resolved (id included), and says so through `isReady()`.
 *
 * When the broker and kafkajs stop agreeing on the producer's sequence (a produce appended whose
 * answer was lost in a broken connection, then retried as a new request), kafkajs fails every later
 * send with the same error and never recovers. On such an error the producer starts again with a new
 * producer id; the caller's retry resends, and a copy the broker had already appended is absorbed by
 * the consumers' inboxes.
 */
export interface PlatformProducer extends Producer {
  /** True once connected with a producer id, until disconnected. */
  isReady(): boolean;
}

/** Errors after which an idempotent kafkajs producer cannot send again under the same id. */
const UNRECOVERABLE = new Set([
  'OUT_OF_ORDER_SEQUENCE_NUMBER',
  'UNKNOWN_PRODUCER_ID',
  'INVALID_PRODUCER_EPOCH',
]);

function unrecoverable(error: unknown): boolean {
  for (let e = error as { type?: string; originalError?: unknown } | undefined; e;) {
    if (e.type && UNRECOVERABLE.has(e.type)) return true;
    e = e.originalError as typeof e;
  }
  return false;
}

export function createIdempotentProducer(kafka: Kafka): PlatformProducer {
  const make = () => {
    const producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      // The murmur2 partitioner Java clients use, so a case id lands on the same partition from any client.
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    producer.on(producer.events.DISCONNECT, () => {
      if (producer === current) ready = false;
    });
    return producer;
  };
  let ready = false;
  let stopped = false;
  /** The producer in use failed for good: the next renewal starts a new one. */
  let replace = false;
  /** Set from a failure until a renewal has connected; a failed renewal is tried again on the next send. */
  let renewal = false;
  let renewing: Promise<void> | undefined;
  let current: Producer = make();
  const first = current;

  const renew = () =>
    (renewing ??= (async () => {
      ready = false;
      if (replace) {
        const broken = current;
        current = make();
        replace = false;
        await broken.disconnect().catch(() => undefined);
      }
      if (stopped) return;
      await current.connect();
      ready = true;
      renewal = false;
    })().finally(() => (renewing = undefined)));

  const guarded = async <T>(send: (producer: Producer) => Promise<T>): Promise<T> => {
    // Retriable: the caller (the relay, a dead-letter write) tries again once the producer is ready.
    if (!ready) {
      if (renewal && !stopped) void renew().catch(() => undefined);
      throw new KafkaJSError('The producer is not ready: it has no producer id yet', { retriable: true });
    }
    try {
      return await send(current);
    } catch (error) {
      if (unrecoverable(error)) {
        replace = true;
        renewal = true;
        void renew().catch(() => undefined);
      }
      throw error;
    }
  };

  return {
    ...first,
    connect: async () => {
      stopped = false;
      await current.connect();
      ready = true;
    },
    disconnect: async () => {
      stopped = true;
      ready = false;
      await renewing?.catch(() => undefined);
      await current.disconnect();
    },
    send: (record) => guarded((p) => p.send(record)),
    sendBatch: (batch) => guarded((p) => p.sendBatch(batch)),
    isReady: () => ready,
  };
}

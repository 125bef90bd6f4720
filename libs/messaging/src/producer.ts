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
 */
export interface PlatformProducer extends Producer {
  /** True once connected with a producer id, until disconnected. */
  isReady(): boolean;
}

export function createIdempotentProducer(kafka: Kafka): PlatformProducer {
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    // The murmur2 partitioner Java clients use, so a case id lands on the same partition from any client.
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  let ready = false;
  producer.on(producer.events.DISCONNECT, () => (ready = false));
  const refuseUntilReady = () => {
    // Retriable: the caller (the relay, a dead-letter write) tries again once the producer is ready.
    if (!ready)
      throw new KafkaJSError('The producer is not ready: it has no producer id yet', { retriable: true });
  };
  return {
    ...producer,
    connect: async () => {
      await producer.connect();
      ready = true;
    },
    disconnect: async () => {
      ready = false;
      await producer.disconnect();
    },
    send: async (record) => {
      refuseUntilReady();
      return producer.send(record);
    },
    sendBatch: async (batch) => {
      refuseUntilReady();
      return producer.sendBatch(batch);
    },
    isReady: () => ready,
  };
}

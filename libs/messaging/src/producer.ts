import type { Kafka, Producer } from 'kafkajs';

/** The platform's producer: idempotent, one request in flight, so retries neither reorder nor double. */
export function createIdempotentProducer(kafka: Kafka): Producer {
  return kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
}

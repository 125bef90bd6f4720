import { Partitioners } from 'kafkajs';
import type { Kafka, Producer } from 'kafkajs';

/** The platform's producer: idempotent, one request in flight, so retries neither reorder nor double. */
export function createIdempotentProducer(kafka: Kafka): Producer {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    // The murmur2 partitioner Java clients use, so a case id lands on the same partition from any client.
    createPartitioner: Partitioners.DefaultPartitioner,
  });
}

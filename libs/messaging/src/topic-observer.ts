import { randomUUID } from 'node:crypto';
import { createKafka, headersToStrings } from './kafka';
import type { Kafka } from './kafka';

export interface ObservedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

/**
 * Reads topics from the beginning into memory as an outside observer would: its own consumer group,
 * nothing committed that matters to anyone else. Used by tests and by the demo.
 */
export class TopicObserver {
  readonly messages: ObservedMessage[] = [];
  private readonly kafka: Kafka;
  private consumer?: ReturnType<Kafka['consumer']>;

  constructor(brokers: string) {
    this.kafka = createKafka({
      brokers: brokers.split(','),
      clientId: 'nrm-topic-observer',
      topicPrefix: '',
    });
  }

  async start(topics: string[]): Promise<void> {
    const consumer = this.kafka.consumer({ groupId: `nrm-topic-observer-${randomUUID()}` });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        this.messages.push({
          topic,
          partition,
          offset: message.offset,
          key: message.key?.toString('utf8') ?? null,
          value: message.value?.toString('utf8') ?? null,
          headers: headersToStrings(message.headers),
        });
      },
    });
    await joined;
  }

  on(topic: string): ObservedMessage[] {
    return this.messages.filter((m) => m.topic === topic);
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

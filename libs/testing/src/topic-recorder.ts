import { randomUUID } from 'node:crypto';
import { createKafka, headersToStrings } from '@nrm/messaging';
import type { Kafka } from '@nrm/messaging';

export interface RecordedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

/** Reads topics from the beginning, as an outside observer (its own consumer group), into memory. */
export class TopicRecorder {
  readonly messages: RecordedMessage[] = [];
  private readonly kafka: Kafka;
  private consumer?: ReturnType<Kafka['consumer']>;

  constructor(brokers: string) {
    this.kafka = createKafka({ brokers: brokers.split(','), clientId: 'nrm-test-recorder', topicPrefix: '' });
  }

  async start(topics: string[]): Promise<void> {
    const consumer = this.kafka.consumer({ groupId: `nrm-test-recorder-${randomUUID()}` });
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

  on(topic: string): RecordedMessage[] {
    return this.messages.filter((m) => m.topic === topic);
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}

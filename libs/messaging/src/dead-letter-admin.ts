import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { DeadLetterHeaders, isDeadLetterHeader } from './dead-letter';
import type { DeadLetter } from './dead-letter';
import { headersToStrings } from './kafka';
import { createIdempotentProducer } from './producer';

/** Reads every message currently in a dead-letter topic, without committing any offset. */
export async function readDeadLetters(
  kafka: Kafka,
  deadLetterTopic: string,
  timeoutMs = 15_000,
): Promise<DeadLetter[]> {
  const admin = kafka.admin();
  await admin.connect();
  let ends: { partition: number; high: string; low: string }[];
  try {
    ends = (await admin.fetchTopicOffsets(deadLetterTopic)).map((o) => ({
      partition: o.partition,
      high: o.high,
      low: o.low,
    }));
  } finally {
    await admin.disconnect();
  }
  const pending = new Set(ends.filter((e) => BigInt(e.high) > BigInt(e.low)).map((e) => e.partition));
  if (pending.size === 0) return [];
  const consumer = kafka.consumer({ groupId: `nrm-dead-letter-reader-${randomUUID()}` });
  const letters: DeadLetter[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic: deadLetterTopic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out reading ${deadLetterTopic}`)), timeoutMs);
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            const headers = headersToStrings(message.headers);
            letters.push({
              partition,
              offset: message.offset,
              key: message.key?.toString('utf8') ?? null,
              value: message.value?.toString('utf8') ?? null,
              headers,
              originalTopic: headers[DeadLetterHeaders.originalTopic] ?? '',
              reason: headers[DeadLetterHeaders.reason] ?? '',
              error: headers[DeadLetterHeaders.error] ?? '',
              failedAt: headers[DeadLetterHeaders.failedAt] ?? '',
              consumerGroup: headers[DeadLetterHeaders.consumerGroup] ?? '',
            });
            const end = ends.find((e) => e.partition === partition);
            if (end && BigInt(message.offset) + 1n >= BigInt(end.high)) pending.delete(partition);
            if (pending.size === 0) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return letters.sort((a, b) => a.failedAt.localeCompare(b.failedAt));
}

/**
 * Sends dead letters back to their original topics with their original headers and key. Consumers
 * that already processed a message skip it through their inbox, so a replay is safe to repeat.
 */
export async function replayDeadLetters(kafka: Kafka, letters: DeadLetter[]): Promise<number> {
  const producer = createIdempotentProducer(kafka);
  await producer.connect();
  try {
    for (const letter of letters) {
      if (!letter.originalTopic) continue;
      const headers = Object.fromEntries(
        Object.entries(letter.headers).filter(([k]) => !isDeadLetterHeader(k)),
      );
      await producer.send({
        topic: letter.originalTopic,
        acks: -1,
        messages: [{ key: letter.key, value: letter.value, headers }],
      });
    }
  } finally {
    await producer.disconnect();
  }
  return letters.filter((l) => l.originalTopic).length;
}

import type { Producer } from 'kafkajs';
import type { Logger, PlatformMetrics } from '@nrm/observability';
import { describeError } from '@nrm/observability';
import { DeadLetterHeaders } from './dead-letter';
import type { DeadLetterReason } from './dead-letter';
import type { Received } from './message-decoding';

/** Where a consumer sends what it cannot or may not handle, with why, from where and after how many attempts. */
export interface DeadLetterRoute {
  producer: Producer;
  deadLetterTopic: string;
  groupId: string;
  logger: Logger;
  metrics?: PlatformMetrics;
}

/**
 * Sends a message to the dead-letter topic with its original headers and the reason. If the send
 * fails the offset is not resolved and the message comes back: nothing is lost.
 */
export async function sendToDeadLetter(
  route: DeadLetterRoute,
  { topic, partition, message, value, headers }: Received,
  reason: DeadLetterReason,
  error: unknown,
  attempts: number,
): Promise<void> {
  const { offset, key } = message;
  const { errorName, errorMessage } = describeError(error);
  route.logger.error({ topic, partition, offset, reason, errorName, errorMessage }, 'message dead-lettered');
  await route.producer.send({
    topic: route.deadLetterTopic,
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
          [DeadLetterHeaders.consumerGroup]: route.groupId,
          [DeadLetterHeaders.reason]: reason,
          [DeadLetterHeaders.error]: `${errorName}: ${errorMessage ?? ''}`.slice(0, 500),
          [DeadLetterHeaders.attempts]: String(attempts),
          [DeadLetterHeaders.failedAt]: new Date().toISOString(),
        },
      },
    ],
  });
  route.metrics?.deadLetters.inc({ topic, reason });
  route.metrics?.messagesConsumed.inc({ topic, outcome: 'dead_lettered' });
}

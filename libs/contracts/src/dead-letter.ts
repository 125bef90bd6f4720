/** Headers added to a message when it is dead-lettered, beside its original headers. */
export const DeadLetterHeaders = {
  originalTopic: 'dlq_original_topic',
  originalPartition: 'dlq_original_partition',
  originalOffset: 'dlq_original_offset',
  consumerGroup: 'dlq_consumer_group',
  reason: 'dlq_reason',
  error: 'dlq_error',
  attempts: 'dlq_attempts',
  failedAt: 'dlq_failed_at',
} as const;

/** Why a message was dead-lettered: unreadable (poison) or its handler kept failing. */
export const DeadLetterReasons = [
  'invalid_envelope',
  'invalid_payload',
  'unknown_event',
  'handler_failed',
] as const;
export type DeadLetterReason = (typeof DeadLetterReasons)[number];

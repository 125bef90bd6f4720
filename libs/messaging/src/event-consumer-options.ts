import type { Kafka, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import type { TopicName } from '@nrm/contracts';
import type { Logger, PlatformMetrics } from '@nrm/observability';
import type { InboundEventHandler } from './inbound-event';

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
  /** Most events handled in one transaction (a longer batch is handled in several). */
  maxBatchSize?: number;
  /** How long consumed offsets may wait before they are committed (redelivery is absorbed by the inbox). */
  commitIntervalMs?: number;
  /**
   * Whether each payload is validated against its contract here (the default). Off for the
   * platform's own topics: their producer validated every payload when it wrote it to its outbox,
   * and only that producer may write the topic (ACLs), so the consumer checks the envelope and the
   * contract version (a known type and schema version) only.
   */
  validatePayloads?: boolean;
}

import type { EntityManager } from 'typeorm';
import { buildEnvelope, envelopeToHeaders, parsePayload, withTopicPrefix } from '@nrm/contracts';
import type { EventDefinition, EventEnvelope, TopicName } from '@nrm/contracts';
import { currentCorrelation, traceEventHeaders } from '@nrm/observability';

export interface OutboxEntry<TPayload extends object> {
  /** The case id: the envelope's subject and the Kafka key. */
  subject: string;
  data: TPayload;
  correlationId?: string;
  causationId?: string;
  time?: Date;
  /**
   * For events that leave the platform (the analytics stream): a stable id, another topic carrying
   * the same definition, and no correlation or causation taken from the work that produced them.
   * Appending an id already in the outbox publishes it again instead of failing.
   */
  published?: { id: string; topic: TopicName };
}

export const outboxChannel = (schema: string): string => `nrm_outbox_${schema}`;

/**
 * Records an event in the outbox inside the caller's transaction, so the state change and its event
 * commit or roll back together. The relay publishes it after commit.
 */
export class OutboxWriter {
  /** Transactions that already wake the relay on commit (a transaction is one query runner). */
  private readonly notified = new WeakSet<object>();

  constructor(
    private readonly schema: string,
    private readonly topicPrefix: string,
  ) {}

  async append<TPayload extends object>(
    manager: EntityManager,
    definition: EventDefinition<TPayload>,
    entry: OutboxEntry<TPayload>,
  ): Promise<EventEnvelope<TPayload>> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxWriter.append must run inside a transaction');
    }
    // The producer validates too: a bad event is a bug here, not a poison message for others.
    parsePayload(definition, entry.data);
    const correlation = entry.published ? undefined : currentCorrelation();
    const envelope = buildEnvelope({
      type: definition.type,
      source: `/nrm/${definition.source}`,
      subject: entry.subject,
      schemaVersion: definition.schemaVersion,
      data: entry.data,
      id: entry.published?.id,
      correlationId:
        entry.correlationId ?? correlation?.correlationId ?? entry.published?.id ?? entry.subject,
      causationId: entry.causationId ?? correlation?.causationId,
      time: entry.time,
    });
    const republish = entry.published
      ? ` ON CONFLICT (event_id) DO UPDATE SET topic = EXCLUDED.topic, message_key = EXCLUDED.message_key,
          headers = EXCLUDED.headers, payload = EXCLUDED.payload, published_at = NULL`
      : '';
    await manager.query(
      `INSERT INTO outbox (event_id, topic, message_key, headers, payload) VALUES ($1, $2, $3, $4, $5)${republish}`,
      [
        envelope.id,
        withTopicPrefix(this.topicPrefix, entry.published?.topic ?? definition.topic),
        envelope.subject,
        // Records that leave the platform carry no trace of the work that produced them.
        JSON.stringify({ ...envelopeToHeaders(envelope), ...(entry.published ? {} : traceEventHeaders()) }),
        JSON.stringify(envelope.data),
      ],
    );
    // One wake-up per transaction is enough: notifications are delivered at commit.
    const transaction = manager.queryRunner;
    if (!this.notified.has(transaction)) {
      this.notified.add(transaction);
      await manager.query(`SELECT pg_notify($1, '')`, [outboxChannel(this.schema)]);
    }
    return envelope;
  }
}

import type { EntityManager } from 'typeorm';
import { buildEnvelope, envelopeToHeaders, parsePayload, withTopicPrefix } from '@nrm/contracts';
import type { EventDefinition, EventEnvelope } from '@nrm/contracts';
import { currentCorrelation } from '@nrm/observability';

export interface OutboxEntry<TPayload extends object> {
  /** The case id: the envelope's subject and the Kafka key. */
  subject: string;
  data: TPayload;
  correlationId?: string;
  causationId?: string;
  time?: Date;
}

export const outboxChannel = (schema: string): string => `nrm_outbox_${schema}`;

/**
 * Records an event in the outbox inside the caller's transaction, so the state change and its event
 * commit or roll back together. The relay publishes it after commit.
 */
export class OutboxWriter {
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
    const correlation = currentCorrelation();
    const envelope = buildEnvelope({
      type: definition.type,
      source: `/nrm/${definition.source}`,
      subject: entry.subject,
      schemaVersion: definition.schemaVersion,
      data: entry.data,
      correlationId: entry.correlationId ?? correlation?.correlationId ?? entry.subject,
      causationId: entry.causationId ?? correlation?.causationId,
      time: entry.time,
    });
    await manager.query(
      `INSERT INTO outbox (event_id, topic, message_key, headers, payload) VALUES ($1, $2, $3, $4, $5)`,
      [
        envelope.id,
        withTopicPrefix(this.topicPrefix, definition.topic),
        envelope.subject,
        JSON.stringify(envelopeToHeaders(envelope)),
        JSON.stringify(envelope.data),
      ],
    );
    await manager.query(`SELECT pg_notify($1, '')`, [outboxChannel(this.schema)]);
    return envelope;
  }
}

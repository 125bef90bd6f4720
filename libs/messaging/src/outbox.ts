import type { EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent } from 'typeorm';
import type { TransactionRollbackEvent } from 'typeorm/subscriber/event/TransactionRollbackEvent';
import { buildEnvelope, envelopeToHeaders, parsePayload, withTopicPrefix } from '@nrm/contracts';
import type { EventDefinition, EventEnvelope, TopicName } from '@nrm/contracts';
import { currentCorrelation, traceEventHeaders } from '@nrm/observability';
import { wakeChannel } from '@nrm/persistence';

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

/** The channel an outbox's relay listens on; a trigger on the table notifies it on every insert. */
export const outboxChannel = (schema: string): string => wakeChannel('outbox', schema);

interface OutboxRow {
  eventId: string;
  topic: string;
  key: string;
  headers: Record<string, string>;
  payload: string;
  republish: boolean;
  /** The transaction (or savepoint) depth it was appended at. */
  depth: number;
}

/** Payloads already validated, with the contract they were validated against. */
const validated = new WeakMap<object, EventDefinition<object>>();

/** Rows appended in each open transaction, written together just before it commits. */
const pending = new WeakMap<QueryRunner, OutboxRow[]>();

/**
 * Writes a transaction's outbox rows with one statement per kind (new events, republished records)
 * just before COMMIT, and forgets those of a rolled-back transaction or savepoint. The relay is woken
 * by the table's own trigger at commit, so an event costs no round trip of its own.
 */
class OutboxFlush implements EntitySubscriberInterface {
  async beforeTransactionCommit({ queryRunner }: TransactionCommitEvent): Promise<void> {
    const rows = pending.get(queryRunner);
    if (!rows || rows.length === 0) return;
    const depth = transactionDepth(queryRunner);
    if (depth > 1) {
      // A savepoint released: its rows now belong to the enclosing transaction.
      for (const row of rows) if (row.depth >= depth) row.depth = depth - 1;
      return;
    }
    pending.delete(queryRunner);
    await insertRows(queryRunner, rows);
  }

  beforeTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    const rows = pending.get(queryRunner);
    if (!rows) return;
    const depth = transactionDepth(queryRunner);
    if (depth <= 1) pending.delete(queryRunner);
    else
      pending.set(
        queryRunner,
        rows.filter((r) => r.depth < depth),
      );
  }
}

const flush = new OutboxFlush();

function transactionDepth(queryRunner: QueryRunner): number {
  return (queryRunner as unknown as { transactionDepth?: number }).transactionDepth ?? 1;
}

const REPUBLISH = ` ON CONFLICT (event_id) DO UPDATE SET topic = EXCLUDED.topic, message_key = EXCLUDED.message_key,
    headers = EXCLUDED.headers, payload = EXCLUDED.payload, published_at = NULL`;

/**
 * The rows as one JSON document however many there are: cheaper to encode and to parse than arrays
 * of escaped text, and json_to_recordset keeps their order, so the sequence follows the appends.
 */
function rowsDocument(rows: OutboxRow[]): string {
  return JSON.stringify(
    rows.map((r) => ({
      event_id: r.eventId,
      topic: r.topic,
      message_key: r.key,
      headers: r.headers,
      payload: r.payload,
    })),
  );
}

/** New events, then republished records (the last append of one record wins, as upserts would). */
function groups(rows: OutboxRow[]): { rows: OutboxRow[]; onConflict: string }[] {
  const fresh = rows.filter((r) => !r.republish);
  const republished = [...new Map(rows.filter((r) => r.republish).map((r) => [r.eventId, r])).values()];
  return [
    { rows: fresh, onConflict: '' },
    { rows: republished, onConflict: REPUBLISH },
  ].filter((group) => group.rows.length > 0);
}

/** The INSERT of a group, its rows given as `document` (a parameter or a literal). */
const insertSql = (document: string, onConflict: string): string =>
  `INSERT INTO outbox (event_id, topic, message_key, headers, payload)
   SELECT event_id, topic, message_key, headers, payload
     FROM json_to_recordset(${document}::json)
       AS r(event_id uuid, topic text, message_key text, headers jsonb, payload text)${onConflict}`;

async function insertRows(queryRunner: QueryRunner, rows: OutboxRow[]): Promise<void> {
  for (const group of groups(rows))
    await queryRunner.query(insertSql('$1', group.onConflict), [rowsDocument(group.rows)]);
}

/**
 * For a transaction that commits itself (the consumer's, see consumer-transaction.ts): the statements
 * that write its outbox rows, with the rows as a literal, to send with COMMIT in one round trip; the
 * rows are then no longer pending. Empty when it appended nothing.
 */
export function takeOutboxStatements(queryRunner: QueryRunner, literal: (text: string) => string): string {
  const rows = pending.get(queryRunner);
  pending.delete(queryRunner);
  if (!rows) return '';
  return groups(rows)
    .map((group) => `${insertSql(literal(rowsDocument(group.rows)), group.onConflict)};`)
    .join('\n');
}

/** Forgets the outbox rows of a transaction that rolled back outside TypeORM. */
export function forgetOutbox(queryRunner: QueryRunner): void {
  pending.delete(queryRunner);
}

/**
 * Records an event in the outbox inside the caller's transaction, so the state change and its event
 * commit or roll back together. The relay publishes it after commit.
 */
export class OutboxWriter {
  constructor(private readonly topicPrefix: string) {}

  async append<TPayload extends object>(
    manager: EntityManager,
    definition: EventDefinition<TPayload>,
    entry: OutboxEntry<TPayload>,
  ): Promise<EventEnvelope<TPayload>> {
    const queryRunner = manager.queryRunner;
    if (!queryRunner?.isTransactionActive) {
      throw new Error('OutboxWriter.append must run inside a transaction');
    }
    // The producer validates: a bad event is a bug here, not a poison message for others. The same
    // data appended again (a record for each analyst audience) was validated the first time.
    if (validated.get(entry.data) !== definition) {
      parsePayload(definition, entry.data);
      validated.set(entry.data, definition);
    }
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
    if (!manager.connection.subscribers.includes(flush)) manager.connection.subscribers.push(flush);
    const rows = pending.get(queryRunner) ?? [];
    pending.set(queryRunner, rows);
    rows.push({
      eventId: envelope.id,
      topic: withTopicPrefix(this.topicPrefix, entry.published?.topic ?? definition.topic),
      key: envelope.subject,
      // Records that leave the platform carry no trace of the work that produced them.
      headers: { ...envelopeToHeaders(envelope), ...(entry.published ? {} : traceEventHeaders()) },
      payload: JSON.stringify(envelope.data),
      republish: entry.published !== undefined,
      depth: transactionDepth(queryRunner),
    });
    return envelope;
  }
}

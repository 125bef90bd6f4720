import type { DataSource, EntityManager } from 'typeorm';
import type { EventEnvelope } from '@nrm/contracts';
import { extractTraceContext, inSpan, runWithCorrelation } from '@nrm/observability';
import { inConsumerTransaction } from './consumer-transaction';
import { EventBatch } from './inbound-event';
import type { InboundBatch } from './inbound-event';
import type { BatchItem } from './message-decoding';

/** How a chunk went: each event processed or a duplicate, or where (-1: the inbox itself) it failed. */
export type BatchOutcome =
  { ok: true; outcomes: ('processed' | 'duplicate')[] } | { ok: false; failedAt: number; error: unknown };

/**
 * One transaction: the inbox rows of the chunk in one statement (sent with BEGIN), then each new
 * event's handler, then the batch's end steps (the outbox rows sent with COMMIT).
 */
export async function handleInOneTransaction(
  dataSource: DataSource,
  groupId: string,
  items: BatchItem[],
): Promise<BatchOutcome> {
  let failure: { failedAt: number; error: unknown } | undefined;
  const outcomes: ('processed' | 'duplicate')[] = [];
  try {
    await inConsumerTransaction(
      dataSource,
      (literal) =>
        `INSERT INTO inbox (consumer_group, message_id, event_type, topic, kafka_partition, kafka_offset)
         VALUES ${items
           .map(
             (i) =>
               `(${literal(groupId)}, ${literal(i.envelope.id)}, ${literal(i.envelope.type)}, ${literal(i.topic)}, ${literal(i.partition)}, ${literal(i.message.offset)})`,
           )
           .join(', ')}
         ON CONFLICT DO NOTHING RETURNING message_id`,
      async (manager, firstRows) => {
        const inserted = firstRows as { message_id: string }[];
        // A copy of an event within the chunk finds its id taken by the first.
        const fresh = new Set(inserted.map((r) => r.message_id));
        const batch = new EventBatch(items);
        for (const [index, item] of items.entries()) {
          if (!fresh.delete(item.envelope.id)) {
            outcomes.push('duplicate');
            continue;
          }
          try {
            await runHandler(item, groupId, manager, batch);
          } catch (error) {
            failure = { failedAt: index, error };
            throw error;
          }
          outcomes.push('processed');
        }
        await batch.finish();
      },
    );
  } catch (error) {
    return { ok: false, ...(failure ?? { failedAt: -1, error }) };
  }
  return { ok: true, outcomes };
}

/**
 * Runs a handler under the event's correlation and a consumer span in the producer's trace. The span
 * names the consumer group: where several services share a process, it tells which one consumed.
 */
function runHandler(
  item: BatchItem,
  groupId: string,
  manager: EntityManager,
  batch: InboundBatch,
): Promise<void> {
  const { envelope, payload, handler, topic, partition, headers } = item;
  const context = { correlationId: envelope.correlationId, causationId: envelope.id };
  return inSpan(
    `process ${envelope.type}`,
    'consumer',
    {
      'messaging.destination.name': topic,
      'messaging.consumer.group.name': groupId,
      'messaging.kafka.partition': partition,
    },
    () =>
      runWithCorrelation(context, () =>
        handler({ envelope: envelope as EventEnvelope<object>, payload, manager, batch }),
      ),
    extractTraceContext(headers, true),
  );
}

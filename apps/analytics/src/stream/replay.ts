import { randomUUID } from 'node:crypto';
import type { KafkaMessage } from 'kafkajs';
import type { EntityManager } from 'typeorm';
import {
  Topics,
  envelopeFromMessage,
  findEventDefinition,
  payloadObject,
  withTopicPrefix,
} from '@nrm/contracts';
import type { EventEnvelope } from '@nrm/contracts';
import {
  OutboxRelay,
  OutboxWriter,
  createIdempotentProducer,
  createKafka,
  headersToStrings,
} from '@nrm/messaging';
import { PlatformMetrics } from '@nrm/observability';
import { kafkaSettingsOf } from '@nrm/service-kit';
import type { CommandContext } from '@nrm/service-kit';
import { sqlOf } from '@nrm/persistence';
import type { AnalyticsConfig } from '../analytics.config';
import type { DB as Tables } from '../database/tables.generated';
import { StatisticsRepository } from '../statistics/statistics.repository';
import { AnalyticsStream } from './analytics-stream';
import { AudiencePseudonyms } from './audience-pseudonyms';
import { SourceEventTypes } from './derive-records';
import { StreamMemoryRepository } from './stream-memory.repository';

/** The lifecycle topics the analytics stream is derived from. */
export const SourceTopics = [
  Topics.intakeReferral,
  Topics.identificationScreening,
  Topics.protectionCase,
  Topics.prosecutionProceedings,
] as const;

/**
 * Rows the replay's relay publishes per produce request: a replay's outbox fills fast. Kept well under
 * the broker's 1 MB per partition batch should every row of a request go to one partition.
 */
const RELAY_BATCH_SIZE = 1000;

export interface ReplaySummary {
  events: number;
  derivedFrom: number;
  unreadable: number;
  records: number;
  seconds: number;
  eventsPerSecond: number;
}

/**
 * `main.js replay [--rebuild-statistics]`: re-derives the whole analytics stream from the lifecycle
 * topics, from their first offset to where they ended when the command started, a Kafka batch per
 * transaction through the same set-based derivation as the service's consumer (without its inbox).
 * Records keep their ids, so analysts who already hold them see the same ids again and the statistics
 * change nothing; `--rebuild-statistics` empties the statistics first, so they are counted again from
 * the re-derived records. Safe beside a running analytics service: both write the same records.
 */
export async function replayAnalyticsStream(
  { config, logger, dataSource, schema, args }: CommandContext<AnalyticsConfig>,
  progress: NodeJS.WritableStream = process.stderr,
): Promise<ReplaySummary> {
  const prefix = config.KAFKA_TOPIC_PREFIX;
  const kafka = createKafka(kafkaSettingsOf(config, 'nrm-analytics-replay'), logger);
  const topics = SourceTopics.map((t) => withTopicPrefix(prefix, t));
  const stream = new AnalyticsStream(
    new OutboxWriter(prefix),
    AudiencePseudonyms.fromSetting(config.ANALYTICS_PSEUDONYM_KEYS),
    new StreamMemoryRepository(),
  );

  if (args.includes('--rebuild-statistics')) {
    // Emptied before the topics' ends are read: what the running service derives from now on is
    // counted by the service, everything before by the replay.
    await new StatisticsRepository().empty(dataSource);
  }

  // Where each partition ends now: the replay stops there.
  const admin = kafka.admin();
  await admin.connect();
  const remaining = new Map<string, bigint>();
  let total = 0;
  for (const topic of topics) {
    for (const p of await admin.fetchTopicOffsets(topic)) {
      const size = BigInt(p.high) - BigInt(p.low);
      if (size > 0n) {
        remaining.set(`${topic}/${p.partition}`, BigInt(p.high));
        total += Number(size);
      }
    }
  }

  // Records are published as their batches commit, while the replay goes on (by the running
  // service's relay instead, if it holds the outbox).
  const producer = createIdempotentProducer(kafka);
  await producer.connect();
  const relay = new OutboxRelay({
    databaseUrl: config.DATABASE_URL,
    schema,
    producer,
    logger,
    metrics: new PlatformMetrics('analytics-replay'),
    batchSize: RELAY_BATCH_SIZE,
  });
  relay.start();

  const started = Date.now();
  const summary: ReplaySummary = {
    events: 0,
    derivedFrom: 0,
    unreadable: 0,
    records: 0,
    seconds: 0,
    eventsPerSecond: 0,
  };
  const bar = new ProgressBar(progress, total);
  try {
    if (remaining.size > 0) {
      const groupId = `${prefix}nrm-analytics-replay-${randomUUID()}`;
      const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false, sessionTimeout: 30_000 });
      await consumer.connect();
      try {
        await consumer.subscribe({ topics, fromBeginning: true });
        await new Promise<void>((resolve, reject) => {
          consumer
            .run({
              autoCommit: false,
              eachBatch: async ({ batch, heartbeat }) => {
                const key = `${batch.topic}/${batch.partition}`;
                const end = remaining.get(key);
                if (end === undefined) return;
                const read = readBatch(batch.messages, end);
                if (read.envelopes.length > 0) {
                  const records = await dataSource.transaction((manager) =>
                    deriveBatch(stream, manager, read.envelopes),
                  );
                  summary.records += records;
                  summary.derivedFrom += read.envelopes.length;
                }
                summary.events += read.events;
                summary.unreadable += read.unreadable;
                await heartbeat();
                bar.update(summary.events);
                if (read.last + 1n >= end) remaining.delete(key);
                if (remaining.size === 0) resolve();
              },
            })
            .catch(reject);
        });
      } finally {
        await consumer.disconnect();
        await admin.deleteGroups([groupId]).catch(() => undefined);
      }
    }
    bar.done(summary.events);
    // The last records are in the outbox: wait until they are published.
    for (;;) {
      const { n } = await sqlOf<Tables>(dataSource)
        .selectFrom('outbox')
        .select((eb) => eb.cast<number>(eb.fn.countAll(), 'integer').as('n'))
        .where('published_at', 'is', null)
        .executeTakeFirstOrThrow();
      if (n === 0) break;
      progress.write(`publishing: ${n} records left\r`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await relay.stop();
    await producer.disconnect();
    await admin.disconnect();
  }
  summary.seconds = Math.round((Date.now() - started) / 100) / 10;
  summary.eventsPerSecond = Math.round(summary.events / Math.max(summary.seconds, 0.001));
  return summary;
}

const handled = new Set(SourceEventTypes);

/** The events of a Kafka batch up to the partition's end, read and checked; a copy of one is kept once. */
function readBatch(
  messages: KafkaMessage[],
  end: bigint,
): { envelopes: EventEnvelope<unknown>[]; events: number; unreadable: number; last: bigint } {
  const envelopes = new Map<string, EventEnvelope<unknown>>();
  let events = 0;
  let unreadable = 0;
  let last = -1n;
  for (const message of messages) {
    const offset = BigInt(message.offset);
    if (offset >= end) break;
    last = offset;
    events++;
    const envelope = readable(message.value?.toString('utf8') ?? null, headersToStrings(message.headers));
    if (!envelope) unreadable++;
    else if (handled.has(envelope.type) && !envelopes.has(envelope.id)) envelopes.set(envelope.id, envelope);
  }
  return { envelopes: [...envelopes.values()], events, unreadable, last };
}

/** One Kafka batch in one transaction; returns how many records were written across audiences. */
async function deriveBatch(
  stream: AnalyticsStream,
  manager: EntityManager,
  envelopes: EventEnvelope<unknown>[],
): Promise<number> {
  const batch = await stream.begin(manager, envelopes);
  let records = 0;
  for (const envelope of envelopes) records += await batch.derive(envelope);
  await batch.finish();
  return records;
}

/**
 * The envelope of a message of a lifecycle topic, or undefined when it cannot be read. As for the
 * service's consumer, a payload of the platform's own topics is not validated again (its producer did,
 * ADR 0017): a known type and schema version, and an object.
 */
function readable(value: string | null, headers: Record<string, string>): EventEnvelope<unknown> | undefined {
  try {
    const envelope = envelopeFromMessage(headers, value);
    if (findEventDefinition(envelope.type, envelope.schemaVersion))
      payloadObject(envelope.type, envelope.data);
    return envelope;
  } catch {
    return undefined;
  }
}

/** `[#########-----------]  45%  4,500/10,000 events  3,120/s` on one line, redrawn at most 5 times a second. */
class ProgressBar {
  private readonly started = Date.now();
  private drawnAt = 0;

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly total: number,
  ) {}

  update(done: number): void {
    if (Date.now() - this.drawnAt < 200) return;
    this.draw(done);
  }

  done(done: number): void {
    this.draw(done);
    this.out.write('\n');
  }

  private draw(done: number): void {
    this.drawnAt = Date.now();
    const width = 30;
    const share = this.total === 0 ? 1 : Math.min(1, done / this.total);
    const filled = Math.round(share * width);
    const rate = Math.round(done / Math.max((Date.now() - this.started) / 1000, 0.001));
    const n = (x: number) => x.toLocaleString('en');
    this.out.write(
      `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}%  ` +
        `${n(done)}/${n(this.total)} events  ${n(rate)}/s`,
    );
  }
}

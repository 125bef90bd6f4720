import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { ReferralReceived, buildEnvelope, envelopeToHeaders, withTopicPrefix } from '@nrm/contracts';
import type { EventEnvelope, ReferralReceivedV1, TopicName } from '@nrm/contracts';
import {
  EventConsumer,
  OutboxWriter,
  createIdempotentProducer,
  createKafka,
  ensureTopics,
} from '@nrm/messaging';
import type { InboundBatch, InboundEvent, PlatformProducer } from '@nrm/messaging';
import { createLogger } from '@nrm/observability';
import { serviceSchemaForTest } from '@nrm/service-testing';
import type { ServiceSchema } from '@nrm/service-testing';
import { referralReceivedForTest, testInfrastructure } from '@nrm/testing';
import { service } from '../service';
import { AnalyticsSourceEvents } from './analytics.events';
import { AnalyticsStream } from './analytics-stream';
import { AudiencePseudonyms } from './audience-pseudonyms';
import { StreamMemoryRepository } from './stream-memory.repository';

/** An event of a case from another service, published at `time`. */
export const testEnvelope = (
  type: string,
  subject: string,
  time: string,
  data: object,
): EventEnvelope<unknown> =>
  buildEnvelope({
    type,
    source: '/nrm/test',
    subject,
    schemaVersion: 1,
    correlationId: subject,
    time: new Date(time),
    data,
  });

/** The referral of a case by the police, received at `referredAt`. */
export const referralAt = (
  caseId: string,
  referredAt: string,
  fields: Pick<ReferralReceivedV1, 'statisticsConsent' | 'exploitationTypes'>,
): EventEnvelope<unknown> =>
  testEnvelope(
    ReferralReceived.type,
    caseId,
    referredAt,
    referralReceivedForTest(caseId, {
      caseReference: 'KW-2026-ABC123',
      referredAt,
      recruitmentMethod: 'job_offer',
      ...fields,
    }),
  );

/** An event as a producer of the platform writes it to Kafka: keyed by its case. */
export const messageOf = (e: EventEnvelope<unknown>) => ({
  key: e.subject as string,
  value: JSON.stringify(e.data),
  headers: envelopeToHeaders(e),
});

/**
 * The analytics stream on a migrated schema of its own, with the police in the agency directory,
 * fresh pseudonym keys for the three audiences, and a consumer of `topics` through the inbox.
 */
export interface AnalyticsStreamOnSchema {
  db: ServiceSchema;
  dataSource: DataSource;
  /** The test's own topics, named after its schema. */
  prefix: string;
  pseudonyms: AudiencePseudonyms;
  stream: AnalyticsStream;
  handler: AnalyticsSourceEvents;
  producer: PlatformProducer;
  /** The national-statistics pseudonym of a case. */
  pseudonym(caseId: string): string;
  /**
   * Hands events to the handler as the consumer hands a batch (the inbox aside: one transaction,
   * events in order, the end steps after the last); returns the statements the transaction ran after
   * BEGIN, the outbox rows written before COMMIT included.
   */
  handAsBatch(envelopes: EventEnvelope<unknown>[]): Promise<number>;
  close(): Promise<void>;
}

export async function analyticsStreamOnSchema(
  label: string,
  topics: TopicName[],
  eventTypes: string[],
): Promise<AnalyticsStreamOnSchema> {
  const { brokers } = testInfrastructure();
  const logger = createLogger('analytics-test', process.env['TEST_LOG_LEVEL'] ?? 'silent');
  const db = await serviceSchemaForTest(service, label, { poolSize: 4 });
  const dataSource = db.dataSource;
  const prefix = `${db.schema}.`;
  await dataSource.query(
    `INSERT INTO agency_directory (agency_id, agency_type) VALUES ('kw-moi-police', 'police')`,
  );
  const keys = ['national-statistics', 'partners', 'research'].map(
    (a) => `${a}:${randomBytes(32).toString('base64')}`,
  );
  const pseudonyms = AudiencePseudonyms.fromSetting(keys.join(','));
  const stream = new AnalyticsStream(new OutboxWriter(prefix), pseudonyms, new StreamMemoryRepository());
  const handler = new AnalyticsSourceEvents(stream);

  const kafka = createKafka({ brokers: brokers.split(','), clientId: 'analytics-test', topicPrefix: prefix });
  const admin = kafka.admin();
  await admin.connect();
  const deadLetters = withTopicPrefix(prefix, 'nrm.analytics.dead-letter.v1');
  await ensureTopics(admin, [...topics.map((t) => withTopicPrefix(prefix, t)), deadLetters], 1);
  await admin.disconnect();
  const producer = createIdempotentProducer(kafka);
  await producer.connect();
  const handle = (event: InboundEvent<object>) => handler.onLifecycleEvent(event);
  const consumer = new EventConsumer({
    kafka,
    producer,
    dataSource,
    groupId: `${prefix}nrm-analytics`,
    topicPrefix: prefix,
    topics,
    handlers: new Map(eventTypes.map((type) => [type, handle])),
    deadLetterTopic: deadLetters,
    logger,
    maxAttempts: 2,
    backoffMs: 20,
  });
  await consumer.start();
  await consumer.joined();

  return {
    db,
    dataSource,
    prefix,
    pseudonyms,
    stream,
    handler,
    producer,
    pseudonym: (caseId) => pseudonyms.pseudonym('national-statistics', 'case', caseId),
    handAsBatch: (envelopes) => handAsBatch(dataSource, handler, envelopes),
    close: async () => {
      await consumer.stop();
      await producer.disconnect();
      await db.close();
    },
  };
}

async function handAsBatch(
  dataSource: DataSource,
  handler: AnalyticsSourceEvents,
  envelopes: EventEnvelope<unknown>[],
): Promise<number> {
  let statements = 0;
  await dataSource.transaction(async (manager: EntityManager) => {
    const runner = manager.queryRunner;
    if (!runner) throw new Error('no query runner');
    const query = runner.query.bind(runner);
    runner.query = ((...args: Parameters<typeof query>) => {
      if (!/^(COMMIT|ROLLBACK)$/.test(String(args[0]))) statements++;
      return query(...args);
    }) as typeof runner.query;
    const loaded = new Map<string, Promise<unknown>>();
    const endings = new Map<string, () => Promise<void>>();
    const batch: InboundBatch = {
      events: envelopes.map((e) => ({ envelope: e, payload: e.data as object })),
      once<T>(key: string, load: () => Promise<T>): Promise<T> {
        if (!loaded.has(key)) loaded.set(key, load());
        return loaded.get(key) as Promise<T>;
      },
      atEnd(key: string, finish: () => Promise<void>): void {
        if (!endings.has(key)) endings.set(key, finish);
      },
    };
    for (const e of envelopes) {
      await handler.onLifecycleEvent({
        envelope: e as EventEnvelope<object>,
        payload: e.data as object,
        manager,
        batch,
      });
    }
    for (const finish of endings.values()) await finish();
  });
  return statements;
}

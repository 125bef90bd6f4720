import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  ReferralReceived,
  Topics,
  deadLetterTopic,
  platformKafkaAccess,
  withTopicPrefix,
} from '@nrm/contracts';
import type { ReferralReceivedV1 } from '@nrm/contracts';
import { createLogger } from '@nrm/observability';
import type { KafkaContainer } from '@nrm/testing';
import {
  containerEngineInUse,
  eventually,
  referralReceivedForTest,
  startKafkaContainer,
  testInfrastructure,
  uniqueTestName,
} from '@nrm/testing';
import { EventConsumer } from './event-consumer';
import { createKafka, ensureTopics } from './kafka';
import { declareKafkaAccess } from './kafka-access';
import { messagingSchemaForTest, recordEffect } from './messaging.test-fixture';
import { OutboxWriter } from './outbox';
import { OutboxRelay } from './outbox-relay';
import { createIdempotentProducer } from './producer';
import type { PlatformProducer } from './producer';

const logger = createLogger('broker-restart-test', process.env['TEST_LOG_LEVEL'] ?? 'silent');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Events each round waits for before it moves on: enough to be under way, few enough to stay quick. */
const STEP = 300;
/** Bounds for waiting (never a measure of speed): far beyond what a slow machine needs. */
const LONG = 180_000;

/**
 * Intake's side of a service under load: writers that each commit a case's three events to the
 * outbox in one transaction, again and again, until stopped. `committed` holds every event id whose
 * transaction committed, in commit order.
 */
class OutboxWriters {
  readonly committed: string[] = [];
  private running = false;
  private loops: Promise<void>[] = [];
  private readonly failures: unknown[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  start(writers: number): void {
    this.running = true;
    this.loops = Array.from({ length: writers }, () =>
      this.write().catch((error: unknown) => void this.failures.push(error)),
    );
  }

  /** Stops the writers; rejects if one of them failed (the database is not what fails here). */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
    if (this.failures.length > 0) throw this.failures[0];
  }

  private async write(): Promise<void> {
    while (this.running) {
      const caseId = randomUUID();
      const ids = await this.dataSource.transaction(async (manager) => {
        const appended: string[] = [];
        for (let i = 0; i < 3; i += 1) {
          const event = await this.outbox.append(manager, ReferralReceived, {
            subject: caseId,
            data: referralReceivedForTest(caseId),
          });
          appended.push(event.id);
        }
        return appended;
      });
      this.committed.push(...ids);
      await sleep(20);
    }
  }
}

/*
 * The broker goes away while a service keeps committing events: the broker's container is stopped
 * (SIGTERM, its clean shutdown) and started again, then stopped without grace (SIGKILL, as a crash)
 * and started again, while writers commit to the outbox all along. The relay publishes as intake
 * and the consumer reads as identification, each through the SASL listener under its ACLs. Once the
 * writers stop, every event committed before, during and after the outages has been handled exactly
 * once: one effect and one inbox row each, nothing missing, nothing doubled.
 */
(containerEngineInUse() ? describe : describe.skip)(
  'the outbox and inbox across a broker container stopped and started again',
  () => {
    const { databaseUrl } = testInfrastructure();
    const schema = uniqueTestName('broker_restart');
    const prefix = `${schema}.`;
    const topic = withTopicPrefix(prefix, Topics.intakeReferral);
    const deadLetters = withTopicPrefix(prefix, deadLetterTopic('identification'));
    const groupId = `${prefix}nrm-identification`;

    let broker: KafkaContainer;
    let dataSource: DataSource;
    let producer: PlatformProducer;
    let relay: OutboxRelay;
    let consumer: EventConsumer;
    let writers: OutboxWriters;

    const count = async (sql: string, params: unknown[] = []): Promise<number> =>
      Number((await dataSource.query(sql, params))[0].n);
    const handled = () => count(`SELECT count(DISTINCT event_id) AS n FROM effect`);
    const unpublished = () => count(`SELECT count(*) AS n FROM outbox WHERE published_at IS NULL`);

    beforeAll(async () => {
      broker = await startKafkaContainer();
      dataSource = await messagingSchemaForTest(schema, 'broker-restart-test', { poolSize: 8 });

      // The operator listener declares the topics and the ACLs, as the platform's launcher does.
      const operator = createKafka({
        brokers: broker.brokers.split(','),
        clientId: 'operator',
        topicPrefix: prefix,
      });
      const admin = operator.admin();
      await admin.connect();
      await ensureTopics(admin, [topic, deadLetters], 3);
      await declareKafkaAccess(admin, platformKafkaAccess(), prefix);
      await admin.disconnect();

      const { saslBrokers, mechanism, credentials } = broker.access;
      const as = (principal: string) =>
        createKafka(
          {
            brokers: saslBrokers.split(','),
            clientId: principal,
            topicPrefix: prefix,
            sasl: { mechanism, username: principal, password: credentials[principal] as string },
          },
          logger,
        );
      producer = createIdempotentProducer(as('intake'));
      await producer.connect();
      relay = new OutboxRelay({ databaseUrl, schema, producer, logger, pollIntervalMs: 200 });
      relay.start();
      consumer = new EventConsumer({
        kafka: as('identification'),
        producer,
        dataSource,
        groupId,
        topicPrefix: prefix,
        topics: [Topics.intakeReferral],
        deadLetterTopic: deadLetters,
        logger,
        // The least the platform allows (README): a member the broker lost is given up sooner.
        sessionTimeoutMs: 6000,
        handlers: new Map([
          [
            ReferralReceived.type,
            async ({ envelope, payload, manager }) => {
              await recordEffect(manager, envelope.id, (payload as ReferralReceivedV1).caseId);
            },
          ],
        ]),
      });
      await consumer.start();
      await consumer.joined();
      writers = new OutboxWriters(dataSource, new OutboxWriter(prefix));
    }, LONG);

    afterAll(async () => {
      try {
        await writers?.stop().catch(() => undefined);
        await relay?.stop();
        await consumer?.stop().catch(() => undefined);
        await producer?.disconnect().catch(() => undefined);
        await dataSource?.destroy();
      } finally {
        await broker?.remove();
      }
    });

    it(
      'delivers every event committed before, during and after the outages exactly once',
      async () => {
        writers.start(4);
        const outages: { committedWhileDown: number; waiting: number }[] = [];
        for (const mode of ['graceful', 'kill'] as const) {
          // Under way: events flow from the outbox through the broker into the inbox.
          const before = await handled();
          await eventually(
            async () => expect(await handled()).toBeGreaterThanOrEqual(before + STEP),
            LONG,
            200,
          );

          await broker.stop(mode);
          const atStop = writers.committed.length;
          // The service goes on committing while the broker is away: its events wait in the outbox.
          await eventually(
            () => expect(writers.committed.length).toBeGreaterThanOrEqual(atStop + STEP),
            LONG,
            50,
          );
          const waiting = await unpublished();
          await broker.start();
          outages.push({ committedWhileDown: writers.committed.length - atStop, waiting });
        }
        // Some more after the last restart, then the writers stop.
        const afterRestarts = await handled();
        await eventually(
          async () => expect(await handled()).toBeGreaterThanOrEqual(afterRestarts + STEP),
          LONG,
          200,
        );
        await writers.stop();

        const committed = writers.committed;
        await eventually(async () => expect(await handled()).toBe(committed.length), LONG, 250);
        await eventually(async () => expect(await unpublished()).toBe(0), LONG, 250);

        for (const outage of outages) {
          expect(outage.committedWhileDown).toBeGreaterThanOrEqual(STEP);
          expect(outage.waiting).toBeGreaterThan(0);
        }
        // Exactly once: one effect per committed event, no effect of anything else, none twice.
        const effects: { event_id: string; n: number }[] = await dataSource.query(
          `SELECT event_id, count(*)::int AS n FROM effect GROUP BY event_id`,
        );
        expect(effects.filter((e) => e.n !== 1)).toEqual([]);
        expect(effects.map((e) => e.event_id).sort()).toEqual([...committed].sort());
        // And the consumer's inbox holds each message once.
        const inbox: { message_id: string }[] = await dataSource.query(
          `SELECT message_id FROM inbox WHERE consumer_group = $1`,
          [groupId],
        );
        expect(inbox.map((r) => r.message_id).sort()).toEqual([...committed].sort());
      },
      2 * LONG,
    );
  },
);

import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  EnvelopeHeaders,
  ReferralReceived,
  Topics,
  buildEnvelope,
  envelopeToHeaders,
  withTopicPrefix,
} from '@nrm/contracts';
import type { ReferralReceivedV1 } from '@nrm/contracts';
import { createLogger } from '@nrm/observability';
import { eventually, referralReceivedForTest, testInfrastructure, uniqueTestName } from '@nrm/testing';
import { DeadLetterHeaders } from './dead-letter';
import { readDeadLetters, replayDeadLetters } from './dead-letter-admin';
import { EventConsumer } from './event-consumer';
import { createKafka, ensureTopics } from './kafka';
import type { Kafka } from './kafka';
import { messagingSchemaForTest, recordEffect } from './messaging.test-fixture';
import { OutboxWriter } from './outbox';
import { OutboxRelay } from './outbox-relay';
import { createIdempotentProducer } from './producer';
import type { PlatformProducer } from './producer';
import { TopicObserver } from './topic-observer';

const logger = createLogger('messaging-test', process.env['TEST_LOG_LEVEL'] ?? 'silent');

describe('messaging against real PostgreSQL and Kafka', () => {
  const { databaseUrl, brokers } = testInfrastructure();
  const schema = uniqueTestName('messaging');
  const prefix = `${schema}.`;
  const topic = withTopicPrefix(prefix, Topics.intakeReferral);
  const deadLetters = withTopicPrefix(prefix, 'nrm.test.dead-letter.v1');
  const failingEvents = new Set<string>();
  /** Events whose handler meets an unavailable database this many more times. */
  const outageFor = new Map<string, number>();
  const attemptsByEvent = new Map<string, number>();

  let dataSource: DataSource;
  let kafka: Kafka;
  let producer: PlatformProducer;
  let outbox: OutboxWriter;
  let relay: OutboxRelay;
  let consumer: EventConsumer;
  let recorder: TopicObserver;

  const newRelay = () => new OutboxRelay({ databaseUrl, schema, producer, logger, pollIntervalMs: 100 });
  const effects = async (where: string, value: string): Promise<number> =>
    Number((await dataSource.query(`SELECT count(*) AS n FROM effect WHERE ${where} = $1`, [value]))[0].n);
  const countOnTopic = (eventId: string) =>
    recorder.on(topic).filter((m) => m.headers[EnvelopeHeaders.id] === eventId).length;

  beforeAll(async () => {
    dataSource = await messagingSchemaForTest(schema, 'messaging-test');
    kafka = createKafka({ brokers: brokers.split(','), clientId: 'messaging-test', topicPrefix: prefix });
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [topic, deadLetters], 3);
    await admin.disconnect();
    producer = createIdempotentProducer(kafka);
    await producer.connect();
    outbox = new OutboxWriter(prefix);
    recorder = new TopicObserver(brokers);
    await recorder.start([topic, deadLetters]);
    consumer = new EventConsumer({
      kafka,
      producer,
      dataSource,
      groupId: `${prefix}consumer`,
      topicPrefix: prefix,
      topics: [Topics.intakeReferral],
      deadLetterTopic: deadLetters,
      logger,
      maxAttempts: 3,
      backoffMs: 20,
      handlers: new Map([
        [
          ReferralReceived.type,
          async ({ envelope, payload, manager, batch }) => {
            const caseId = (payload as ReferralReceivedV1).caseId;
            // What a batch gathers is written once after its last event, in its transaction.
            const seen = await batch.once('seen', async () => [] as string[]);
            seen.push(caseId);
            batch.atEnd('seen', async () => {
              await manager.query(`INSERT INTO batch_end (case_ids) VALUES ($1)`, [seen]);
            });
            attemptsByEvent.set(envelope.id, (attemptsByEvent.get(envelope.id) ?? 0) + 1);
            await recordEffect(manager, envelope.id, caseId);
            if (failingEvents.has(envelope.id)) throw new Error('the handler failed on purpose');
            const outage = outageFor.get(envelope.id) ?? 0;
            if (outage > 0) {
              outageFor.set(envelope.id, outage - 1);
              throw Object.assign(new Error('terminating connection due to administrator command'), {
                code: '57P01',
              });
            }
          },
        ],
      ]),
    });
    await consumer.start();
    await consumer.joined();
    relay = newRelay();
    relay.start();
  });

  afterAll(async () => {
    await relay?.stop();
    await consumer?.stop();
    await recorder?.stop();
    await producer?.disconnect();
    await dataSource?.destroy();
  });

  async function appendInTransaction(caseId: string, rollback = false): Promise<string> {
    let eventId = '';
    await dataSource
      .transaction(async (manager) => {
        eventId = (
          await outbox.append(manager, ReferralReceived, {
            subject: caseId,
            data: referralReceivedForTest(caseId),
          })
        ).id;
        if (rollback) throw new Error('rolled back');
      })
      .catch((e: Error) => {
        if (!rollback || e.message !== 'rolled back') throw e;
      });
    return eventId;
  }

  /** A referral-received message as a producer of the platform would write it. */
  function rawMessage(
    caseId: string,
    eventId: string = randomUUID(),
    data: object = referralReceivedForTest(caseId),
  ) {
    const envelope = buildEnvelope({
      id: eventId,
      type: ReferralReceived.type,
      source: '/nrm/intake',
      subject: caseId,
      schemaVersion: 1,
      correlationId: randomUUID(),
      data,
    });
    return { key: caseId, value: JSON.stringify(envelope.data), headers: envelopeToHeaders(envelope) };
  }

  async function sendRaw(caseId: string, eventId: string = randomUUID()): Promise<string> {
    await producer.send({ topic, acks: -1, messages: [rawMessage(caseId, eventId)] });
    return eventId;
  }

  it('publishes an outboxed event after commit and never after a rollback', async () => {
    const committedCase = randomUUID();
    const rolledBackCase = randomUUID();
    const committed = await appendInTransaction(committedCase);
    const rolledBack = await appendInTransaction(rolledBackCase, true);

    await eventually(() => expect(countOnTopic(committed)).toBe(1));
    const message = recorder.on(topic).find((m) => m.headers[EnvelopeHeaders.id] === committed);
    expect(message?.key).toBe(committedCase);
    expect(message?.headers[EnvelopeHeaders.subject]).toBe(committedCase);
    expect(await dataSource.query(`SELECT 1 FROM outbox WHERE event_id = $1`, [rolledBack])).toHaveLength(0);
    await eventually(async () => expect(await effects('case_id', committedCase)).toBe(1));
    expect(countOnTopic(rolledBack)).toBe(0);
    expect(await effects('case_id', rolledBackCase)).toBe(0);
  });

  it('gives a message delivered twice one effect', async () => {
    const caseId = randomUUID();
    const duplicated = await sendRaw(caseId);
    await sendRaw(caseId, duplicated);
    // A later message on the same key (same partition) proves both copies were consumed.
    const marker = await sendRaw(caseId);
    await eventually(async () => expect(await effects('event_id', marker)).toBe(1));
    // The recorder reads the topic in a group of its own, so it may see the copies after the service did.
    await eventually(() => expect(countOnTopic(duplicated)).toBe(2));
    expect(await effects('event_id', duplicated)).toBe(1);
  });

  it('gathers what the events of a batch need and writes it once after the last of them', async () => {
    const caseIds = Array.from({ length: 6 }, () => randomUUID());
    await producer.send({ topic, acks: -1, messages: caseIds.map((caseId) => rawMessage(caseId)) });
    for (const caseId of caseIds)
      await eventually(async () => expect(await effects('case_id', caseId)).toBe(1));
    const ends: { case_ids: string[] }[] = await dataSource.query(
      `SELECT case_ids FROM batch_end WHERE case_ids && $1::uuid[]`,
      [caseIds],
    );
    // Each case in exactly one batch's end step, and fewer end steps than events.
    expect(ends.flatMap((e) => e.case_ids).sort()).toEqual([...caseIds].sort());
    expect(ends.length).toBeLessThan(caseIds.length);
  });

  it('dead-letters a poison message and goes on with the next one on its partition', async () => {
    const caseId = randomUUID();
    await producer.send({
      topic,
      acks: -1,
      messages: [
        { key: caseId, value: '{not json', headers: { [EnvelopeHeaders.type]: ReferralReceived.type } },
      ],
    });
    const next = await sendRaw(caseId);
    await eventually(async () => expect(await effects('event_id', next)).toBe(1));
    await eventually(() => {
      const letter = recorder.on(deadLetters).find((m) => m.key === caseId);
      expect(letter?.headers[DeadLetterHeaders.reason]).toBe('invalid_envelope');
      expect(letter?.headers[DeadLetterHeaders.originalTopic]).toBe(topic);
      expect(letter?.value).toBe('{not json');
    });
  });

  it('dead-letters a valid message whose payload breaks its contract', async () => {
    const caseId = randomUUID();
    const broken = { ...referralReceivedForTest(caseId), nationalities: ['Philippines'] };
    await producer.send({ topic, acks: -1, messages: [rawMessage(caseId, randomUUID(), broken)] });
    await eventually(() => {
      const letter = recorder.on(deadLetters).find((m) => m.key === caseId);
      expect(letter?.headers[DeadLetterHeaders.reason]).toBe('invalid_payload');
      expect(letter?.headers[DeadLetterHeaders.error]).toContain('nationalities');
    });
    expect(await effects('case_id', caseId)).toBe(0);
  });

  it('retries a failing handler a bounded number of times, dead-letters it, and replays it once fixed', async () => {
    const caseId = randomUUID();
    const failing = randomUUID();
    failingEvents.add(failing);
    await sendRaw(caseId, failing);
    const next = await sendRaw(caseId);
    await eventually(async () => expect(await effects('event_id', next)).toBe(1));
    expect(attemptsByEvent.get(failing)).toBe(3);
    expect(await effects('event_id', failing)).toBe(0); // each failed attempt rolled back its effect
    const letters = await eventually(async () => {
      const found = (await readDeadLetters(kafka, deadLetters)).filter((l) => l.key === caseId);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(letters[0].reason).toBe('handler_failed');
    expect(letters[0].headers[DeadLetterHeaders.attempts]).toBe('3');

    failingEvents.delete(failing);
    await replayDeadLetters(kafka, letters);
    await eventually(async () => expect(await effects('event_id', failing)).toBe(1));
    // Replaying again changes nothing: the inbox already holds the message.
    await replayDeadLetters(kafka, letters);
    const marker = await sendRaw(caseId);
    await eventually(async () => expect(await effects('event_id', marker)).toBe(1));
    expect(await effects('event_id', failing)).toBe(1);
  });

  it('waits out an unavailable database without spending the attempts of the message or dead-lettering it', async () => {
    const caseId = randomUUID();
    const eventId = randomUUID();
    outageFor.set(eventId, 6); // twice the attempts a failing handler gets
    await sendRaw(caseId, eventId);
    await eventually(async () => expect(await effects('event_id', eventId)).toBe(1), 30_000);
    expect(outageFor.get(eventId)).toBe(0);
    const marker = await sendRaw(caseId);
    await eventually(async () => expect(await effects('event_id', marker)).toBe(1));
    expect((await readDeadLetters(kafka, deadLetters)).filter((l) => l.key === caseId)).toHaveLength(0);
  });

  it('publishes what was pending when the relay restarts, once', async () => {
    await relay.stop();
    const caseIds = Array.from({ length: 5 }, () => randomUUID());
    const eventIds: string[] = [];
    for (const caseId of caseIds) eventIds.push(await appendInTransaction(caseId));
    const pending = await dataSource.query(`SELECT count(*) AS n FROM outbox WHERE published_at IS NULL`);
    expect(Number(pending[0].n)).toBe(5);

    relay = newRelay();
    relay.start();
    await eventually(() => eventIds.forEach((id) => expect(countOnTopic(id)).toBe(1)));
    await eventually(async () => {
      const left = await dataSource.query(`SELECT count(*) AS n FROM outbox WHERE published_at IS NULL`);
      expect(Number(left[0].n)).toBe(0);
    });
    for (const caseId of caseIds)
      await eventually(async () => expect(await effects('case_id', caseId)).toBe(1));
    eventIds.forEach((id) => expect(countOnTopic(id)).toBe(1));
  });

  it('publishes once when a service starts its relay while its producer is still connecting', async () => {
    // A service start: the producer connects in the background and the relay starts at once, with
    // events already waiting. Before the producer gated sends on its id, most such starts put the
    // pending events on the topic twice (the send failed after the broker had appended it).
    await relay.stop();
    const shared = producer;
    const eventIds: string[] = [];
    try {
      for (let start = 0; start < 12; start += 1) {
        producer = createIdempotentProducer(kafka);
        relay = newRelay();
        expect(await relay.publishBatch()).toBe(0); // nothing to send yet: only its database session opens
        eventIds.push(await appendInTransaction(randomUUID()), await appendInTransaction(randomUUID()));
        // The relay's loop runs from the moment kafkajs reports the connection, as a polling relay may.
        const starting = relay;
        producer.on(producer.events.CONNECT, () => starting.start());
        await producer.connect();
        await eventually(async () => {
          const left = await dataSource.query(`SELECT count(*) AS n FROM outbox WHERE published_at IS NULL`);
          expect(Number(left[0].n)).toBe(0);
        });
        await relay.stop();
        await producer.disconnect();
      }
    } finally {
      producer = shared;
      relay = newRelay();
      relay.start();
    }
    // Once the observer has read up to the end of every partition, each event is there once.
    const admin = kafka.admin();
    await admin.connect();
    const ends = await admin.fetchTopicOffsets(topic);
    await admin.disconnect();
    const total = ends.reduce((sum, p) => sum + Number(p.high), 0);
    await eventually(() => expect(recorder.on(topic).length).toBeGreaterThanOrEqual(total));
    expect(eventIds.map(countOnTopic)).toEqual(eventIds.map(() => 1));
  });

  it('refuses a send before the producer has its id, and says when it is ready', async () => {
    const fresh = createIdempotentProducer(kafka);
    expect(fresh.isReady()).toBe(false);
    await expect(fresh.send({ topic, acks: -1, messages: [{ key: 'k', value: '{}' }] })).rejects.toThrow(
      /not ready/,
    );
    await fresh.connect();
    expect(fresh.isReady()).toBe(true);
    await fresh.disconnect();
    expect(fresh.isReady()).toBe(false);
  });
});

import { createHook } from 'node:async_hooks';
import { createLogger } from '@nrm/observability';
import { testInfrastructure, uniqueTestName } from '@nrm/testing';
import { createKafka, ensureTopics } from './kafka';
import { createIdempotentProducer } from './producer';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * kafkajs 2.2.4 re-arms a 1 ms timer forever on every idle connection (issues #1556, #1604), which
 * kept each idle service busy about 860 times a second. patches/kafkajs+2.2.4.patch (applied on
 * install) stops it; this counts the timers an idle producer and consumer create.
 */
describe('an idle Kafka client', () => {
  it('does not wake up every millisecond', async () => {
    const { brokers } = testInfrastructure();
    const prefix = `${uniqueTestName('idle')}.`;
    const topic = `${prefix}idle`;
    const kafka = createKafka(
      { brokers: brokers.split(','), clientId: 'idle-test', topicPrefix: prefix },
      createLogger('idle-test', 'silent'),
    );
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [topic], 1);
    const producer = createIdempotentProducer(kafka);
    await producer.connect();
    await producer.send({ topic, acks: -1, messages: [{ key: 'k', value: '{}' }] });
    const consumer = kafka.consumer({ groupId: `${prefix}group`, heartbeatInterval: 3000 });
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    let consumed = 0;
    await consumer.run({ eachMessage: async () => void (consumed += 1) });
    while (consumed === 0) await sleep(50);
    await sleep(500);

    let timers = 0;
    const hook = createHook({
      init: (_id, type) => {
        if (type === 'Timeout') timers += 1;
      },
    }).enable();
    await sleep(2000);
    hook.disable();

    await consumer.disconnect();
    await producer.disconnect();
    await admin.disconnect();
    // Heartbeats, fetch long polls and their request timeouts: a handful a second, not a thousand.
    expect(timers).toBeLessThan(100);
  });
});

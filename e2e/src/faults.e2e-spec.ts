import {
  NotificationDispatched,
  ScreeningOpened,
  ServiceSubscriptions,
  Topics,
  deadLetterTopic,
} from '@nrm/contracts';
import { createKafka } from '@nrm/messaging';
import { eventually, testInfrastructure } from '@nrm/testing';
import { caseIdsOfEvents, expectOutboxesDrained } from './support/delivery-checks';
import { TestPlatform } from './support/test-platform';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const POLICE = 'kw-moi-police';

/*
 * Under a steady flow of referrals, each service on the referral's path is killed (SIGKILL, mid-work)
 * and started again, and unreadable messages are put on every lifecycle topic. Afterwards every
 * referral the gateway accepted has exactly one screening and exactly one notification to its
 * referrer, no outbox holds anything unpublished, and each poison message sits in the dead-letter
 * topic of every service that reads that topic.
 */
describe('faults: nothing lost, nothing doubled (end to end)', () => {
  const platform = new TestPlatform('e2e_faults', 5100, {}, undefined, {
    ownProcesses: ['identification', 'notifications', 'intake', 'analytics'],
  });

  beforeAll(() => platform.start());
  afterAll(() => platform.stop());

  const accepted: string[] = [];
  let refused = 0;
  const lifecycle = [
    Topics.intakeReferral,
    Topics.identificationScreening,
    Topics.protectionCase,
    Topics.prosecutionProceedings,
  ];

  it('accepts referrals under load while each service in turn is killed with SIGKILL, then poison is sent on every lifecycle topic', async () => {
    const token = await platform.token('first_responder', POLICE);
    let running = true;
    const load = (async () => {
      for (let i = 0; running; i += 1) {
        const answer = await platform
          .api('POST', '/api/v1/referrals', {
            token,
            body: {
              channel: 'police',
              encounter: { date: new Date().toISOString().slice(0, 10), place: 'Fault street' },
              person: { names: { latin: 'Fault Testperson' }, sex: 'female', nationalities: ['LK'] },
              exploitationTypes: ['domestic_servitude'],
              immediateRisks: [],
              interpreter: { needed: false },
              consent: { referral: true, language: 'en' },
            },
          })
          .catch(() => undefined);
        if (answer?.status === 201) accepted.push(answer.body.caseId as string);
        else refused += 1;
        await sleep(50);
      }
    })();

    for (const service of ['identification', 'notifications', 'intake', 'analytics']) {
      await sleep(1500);
      await platform.restart(
        service,
        async () => {
          await sleep(500);
        },
        'SIGKILL',
      );
    }

    // Poison on every lifecycle topic: no envelope, not JSON.
    const kafka = createKafka({
      brokers: testInfrastructure().brokers.split(','),
      clientId: 'poison',
      topicPrefix: '',
    });
    const producer = kafka.producer();
    await producer.connect();
    for (const topic of lifecycle) {
      await producer.send({
        topic: platform.topic(topic),
        messages: [{ key: 'poison', value: '{not json' }],
      });
    }
    await producer.disconnect();
    await sleep(1500);
    running = false;
    await load;
    expect(accepted.length).toBeGreaterThan(20);
  });

  it('keeps one screening and one notification for each accepted referral, none doubled', async () => {
    // One event per case, counted by event id: publishing is at least once, and a copy of an event
    // that reaches the topic again after a kill is dropped by every consumer's inbox.
    const of = (topic: string, type: string) => caseIdsOfEvents(platform, topic, type);
    await eventually(
      () => {
        const screenings = of(Topics.identificationScreening, ScreeningOpened.type);
        const dispatched = of(Topics.notificationsDelivery, NotificationDispatched.type);
        for (const caseId of accepted) {
          expect({ caseId, screenings: screenings.filter((k) => k === caseId).length }).toEqual({
            caseId,
            screenings: 1,
          });
          expect({ caseId, notified: dispatched.filter((k) => k === caseId).length }).toEqual({
            caseId,
            notified: 1,
          });
        }
        // Nor a double for a referral whose answer was lost in a kill.
        expect(new Set(screenings).size).toBe(screenings.length);
      },
      90_000,
      500,
    );
  });

  it('dead-letters each poison message in every service that reads its topic', async () => {
    // Every poison message is in the dead-letter topic of each service that reads its topic, and the
    // partitions moved on (the checks above passed after it).
    for (const [service, topics] of Object.entries(ServiceSubscriptions)) {
      const poisoned = topics.filter((t) => (lifecycle as readonly string[]).includes(t));
      if (poisoned.length === 0) continue;
      await eventually(() =>
        expect(
          platform.observer
            .on(platform.topic(deadLetterTopic(service as never)))
            .filter((m) => m.key === 'poison'),
        ).toHaveLength(poisoned.length),
      );
    }
  });

  it('leaves nothing unpublished in any outbox', async () => {
    // Nothing left behind in any outbox.
    await expectOutboxesDrained(platform, testInfrastructure().databaseUrl);
    expect(refused).toBeGreaterThanOrEqual(0);
  });
});

import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { NotificationDispatched, ScreeningOpened, Topics, allTopics, deadLetterTopic } from '@nrm/contracts';
import { ROOT } from '@nrm/platform-launcher';
import { FaultyTcpProxy, PostgresInstance, eventually, testPort, uniqueTestName } from '@nrm/testing';
import { caseIdsOfEvents, expectOutboxesDrained } from './support/delivery-checks';
import { TestPlatform } from './support/test-platform';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const POLICE = 'kw-moi-police';

// A broker and a PostgreSQL server of this file's own, so they can be killed without touching the
// run's shared ones. Services reach the broker's SASL listener only through a proxy of ours.
const KAFKA_PORT = testPort(19692);
const KAFKA_SASL_PORT = KAFKA_PORT + 2;
const KAFKA_PROXY_PORT = testPort(19700);
const POSTGRES_PORT = testPort(55432);
const SESSION_TIMEOUT_MS = 6000;

class OwnBroker {
  private process?: ChildProcess;
  constructor(readonly dataDir: string) {}

  /** Starts (or starts again) the broker on the same data; resolves once it serves. */
  async start(): Promise<void> {
    const child = spawn(
      process.execPath,
      [
        path.join(ROOT, 'tools', 'kafka', 'kafka-broker.mjs'),
        'start',
        '--port',
        String(KAFKA_PORT),
        '--sasl-advertised-port',
        String(KAFKA_PROXY_PORT),
        '--data-dir',
        this.dataDir,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.process = child;
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    await eventually(
      () => {
        if (child.exitCode !== null) throw new Error(`the broker did not start: ${output}`);
        expect(output).toContain('Broker pid');
      },
      120_000,
      250,
    );
  }

  /** kill -9 of the broker's JVM, as a crash would. */
  async crash(): Promise<void> {
    const pid = Number(readFileSync(path.join(this.dataDir, 'broker.pid'), 'utf8'));
    const exited = new Promise((r) => this.process?.once('exit', r));
    process.kill(pid, 'SIGKILL');
    await exited;
  }

  /** Thrown away at the file's end: killed, not shut down in order. */
  async discard(): Promise<void> {
    if (!this.process || this.process.exitCode !== null) return;
    await this.crash();
  }
}

/*
 * Under a steady flow of referrals: the broker is killed (kill -9) and started again, twice; the
 * database server crashes and restarts, twice; a service is paused past its session timeout and
 * resumed (its group rebalances); the network between the services and the broker turns slow, then
 * is cut, twice. Afterwards every referral the gateway accepted has exactly one screening and one
 * notification, nothing was dead-lettered for an outage, and no outbox keeps anything.
 */
describe('faults in the infrastructure: nothing lost, nothing doubled (end to end)', () => {
  const name = uniqueTestName('faults_infra');
  const postgres = new PostgresInstance(POSTGRES_PORT);
  const broker = new OwnBroker(path.join(ROOT, '.local', `${name}-kafka`));
  const proxy = new FaultyTcpProxy(KAFKA_PROXY_PORT, { host: '127.0.0.1', port: KAFKA_SASL_PORT });
  let platform: TestPlatform;

  beforeAll(async () => {
    postgres.start();
    await proxy.start();
    await broker.start();
    const access = JSON.parse(
      readFileSync(path.join(ROOT, '.local', `kafka-access-${KAFKA_PORT}.json`), 'utf8'),
    ) as { saslBrokers: string; mechanism: 'scram-sha-512'; credentials: Record<string, string> };
    const tight = { KAFKA_SESSION_TIMEOUT_MS: String(SESSION_TIMEOUT_MS) };
    platform = new TestPlatform(
      'e2e_faults_infra',
      5200,
      { identification: tight, notifications: tight, intake: tight },
      {
        databaseUrl: postgres.url,
        brokers: `127.0.0.1:${KAFKA_PORT}`,
        kafkaAccess: {
          saslBrokers: access.saslBrokers,
          mechanism: access.mechanism,
          credentials: access.credentials,
        },
      },
      { ownProcesses: ['identification'] },
    );
    await platform.start();
  }, 240_000);

  afterAll(async () => {
    await platform?.stop();
    await broker.discard();
    await proxy.stop();
    postgres.stop();
    rmSync(broker.dataDir, { recursive: true, force: true });
  });

  it('keeps every accepted referral exactly once through broker, database and network faults', async () => {
    // Every service reaches the broker through the proxy.
    expect(platform.running.kafkaAccess?.saslBrokers).toBe(`127.0.0.1:${KAFKA_PROXY_PORT}`);
    expect(proxy.connections).toBeGreaterThan(0);

    const token = await platform.token('first_responder', POLICE);
    const accepted: string[] = [];
    const answers = new Map<number, number>();
    let running = true;
    const load = (async () => {
      while (running) {
        const answer = await platform
          .api('POST', '/api/v1/referrals', {
            token,
            body: {
              channel: 'police',
              encounter: { date: new Date().toISOString().slice(0, 10), place: 'Outage street' },
              person: { names: { latin: 'Outage Testperson' }, sex: 'male', nationalities: ['NP'] },
              exploitationTypes: ['forced_labour'],
              immediateRisks: [],
              interpreter: { needed: false },
              consent: { referral: true, language: 'en' },
            },
          })
          .catch(() => undefined);
        const status = answer?.status ?? 0;
        answers.set(status, (answers.get(status) ?? 0) + 1);
        if (status === 201) accepted.push(answer?.body.caseId as string);
        await sleep(100);
      }
    })();
    const acceptedSoFar = async (more = 3) => {
      const target = accepted.length + more;
      await eventually(() => expect(accepted.length).toBeGreaterThanOrEqual(target), 60_000, 200);
    };

    try {
      await acceptedSoFar();
      // The broker dies (kill -9) and comes back on the same data, twice.
      for (let round = 0; round < 2; round += 1) {
        await broker.crash();
        await sleep(3000);
        await broker.start();
        await acceptedSoFar();
      }
      // The database server crashes and recovers, twice.
      for (let round = 0; round < 2; round += 1) {
        postgres.crash();
        await sleep(2000);
        postgres.restart();
        await acceptedSoFar();
      }
      // Identification is paused past its session timeout: its group gives its partitions up; on
      // resuming it finds itself out of the group, rejoins, and its uncommitted work comes back.
      const identification = platform.running.services.find((s) => s.name === 'identification');
      identification?.child.kill('SIGSTOP');
      await sleep(SESSION_TIMEOUT_MS + 3000);
      identification?.child.kill('SIGCONT');
      await acceptedSoFar();
      // The network to the broker turns slow, then is cut and refuses for a while, twice.
      for (let round = 0; round < 2; round += 1) {
        proxy.delay(300);
        await sleep(3000);
        proxy.cut({ refuse: true });
        await sleep(2000);
        proxy.restore();
        await acceptedSoFar();
      }
    } finally {
      running = false;
      await load;
    }
    expect(accepted.length).toBeGreaterThan(30);

    const of = (topic: string, type: string) => caseIdsOfEvents(platform, topic, type);
    await eventually(
      () => {
        const screenings = of(Topics.identificationScreening, ScreeningOpened.type);
        const dispatched = of(Topics.notificationsDelivery, NotificationDispatched.type);
        const missing = accepted.filter((caseId) => !screenings.includes(caseId));
        const unnotified = accepted.filter((caseId) => !dispatched.includes(caseId));
        expect({ missing, unnotified }).toEqual({ missing: [], unnotified: [] });
        // Exactly once: one screening event and one notification per case, whatever was redelivered.
        expect(new Set(screenings).size).toBe(screenings.length);
        expect(new Set(dispatched).size).toBe(dispatched.length);
      },
      120_000,
      500,
    );

    // Nothing was dead-lettered: an outage is waited out, never counted against a message.
    const deadLetterTopics = allTopics().filter((t) => t.includes('.dead-letter.'));
    expect(deadLetterTopics).toContain(deadLetterTopic('identification'));
    for (const topic of deadLetterTopics) {
      expect({ topic, letters: platform.observer.on(platform.topic(topic)).length }).toEqual({
        topic,
        letters: 0,
      });
    }

    // Nothing left behind in any outbox.
    await expectOutboxesDrained(platform, postgres.url);
    // What the load saw, for the log: accepted, and refused while something was down.
    process.stdout.write(`faults-infrastructure answers: ${JSON.stringify(Object.fromEntries(answers))}\n`);
  }, 480_000);
});

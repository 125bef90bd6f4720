import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EnvelopeHeaders, ScreeningOpened, Topics, withTopicPrefix } from '@nrm/contracts';
import { TopicObserver } from '@nrm/messaging';
import { mintAccessToken } from '@nrm/security';
import { actorHeaders } from '@nrm/service-kit';
import { FaultyTcpProxy, eventually, testInfrastructure, testPort, uniqueTestName } from '@nrm/testing';
import {
  ROOT,
  declareTopics,
  deleteTopics,
  devSecrets,
  runServiceCommand,
  serviceEnvironment,
  startService,
  stopService,
} from '@nrm/platform-launcher';

const main = (service: string) => path.join(ROOT, 'dist', 'apps', service, 'src', 'main.js');

describe('a service started with bad configuration', () => {
  it('stops at once with a message naming each bad or missing variable, never its value', () => {
    const result = spawnSync(process.execPath, [main('intake'), 'serve'], {
      env: {
        PATH: process.env['PATH'],
        PORT: 'eighty',
        DATABASE_URL: 'mysql://user:s3cret-password@db/nrm',
        INTAKE_FIELD_KEYS: 'not-a-key',
      },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(78);
    expect(result.stderr).toContain('PORT is invalid');
    expect(result.stderr).toContain('DATABASE_URL is invalid: must be a postgres:// connection URL');
    expect(result.stderr).toContain('KAFKA_BROKERS is missing');
    expect(result.stderr).toContain('INTAKE_FIELD_KEYS is invalid');
    expect(result.stderr).toContain('INTAKE_PSEUDONYM_KEY is missing');
    expect(`${result.stdout}${result.stderr}`).not.toContain('s3cret-password');
  });
});

describe('the gateway under a burst of requests', () => {
  it("answers 429 with Retry-After once a user's quota for the minute is used, counted in Redis", async () => {
    const secrets = devSecrets();
    const env = serviceEnvironment('gateway', {
      databaseUrl: testInfrastructure().databaseUrl,
      brokers: testInfrastructure().brokers,
      basePort: testPort(4790),
      logDir: path.join(ROOT, '.local', 'logs', 'e2e_quota'),
      secrets,
    });
    const gateway = await startService(
      'gateway',
      {
        ...env,
        RATE_LIMIT_USER_PER_MINUTE: '3',
        REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
      },
      { logDir: path.join(ROOT, '.local', 'logs', 'e2e_quota') },
    );
    try {
      const token = await mintAccessToken(
        secrets.jwtPrivateKey,
        { userId: `quota-${randomUUID()}`, agencyId: 'kw-moi-police', role: 'first_responder' },
        { issuer: secrets.jwtIssuer, audience: secrets.jwtAudience },
      );
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 4; i += 1) {
        last = await fetch(`${gateway.url}/api/v1/inbox`, { headers: { authorization: `Bearer ${token}` } });
        statuses.push(last.status);
      }
      // Nothing is running behind this gateway: the first three reach it and find no service (503).
      expect(statuses).toEqual([503, 503, 503, 429]);
      expect(last?.headers.get('content-type')).toContain('application/problem+json');
      expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await last?.json()) as { detail: string }).detail).toMatch(
        /^too many requests from your account; retry in \d+ s$/,
      );
    } finally {
      await stopService(gateway);
    }
  });
});

describe('the gateway under a burst of refused requests', () => {
  it('raises one security alert per burst of failed logins from a client and of denied requests from a user', async () => {
    const secrets = devSecrets();
    const logDir = path.join(ROOT, '.local', 'logs', uniqueTestName('alerts'));
    const env = serviceEnvironment('gateway', {
      databaseUrl: testInfrastructure().databaseUrl,
      brokers: testInfrastructure().brokers,
      basePort: testPort(4770),
      logDir,
      secrets,
    });
    const gateway = await startService(
      'gateway',
      { ...env, SECURITY_ALERT_DENIALS_PER_MINUTE: '3' },
      { logDir },
    );
    try {
      for (let i = 0; i < 6; i += 1) {
        const res = await fetch(`${gateway.url}/api/v1/inbox`, {
          headers: { authorization: 'Bearer not.a.token' },
        });
        expect(res.status).toBe(401);
      }
      const analyst = await mintAccessToken(
        secrets.jwtPrivateKey,
        { userId: `alert-${randomUUID()}`, agencyId: 'iom-kuwait', role: 'analyst' },
        { issuer: secrets.jwtIssuer, audience: secrets.jwtAudience },
      );
      for (let i = 0; i < 5; i += 1) {
        const res = await fetch(`${gateway.url}/api/v1/cases/${randomUUID()}`, {
          headers: { authorization: `Bearer ${analyst}` },
        });
        expect(res.status).toBe(403);
      }
      const metrics = await (await fetch(`${gateway.url}/metrics`)).text();
      expect(metrics).toMatch(/nrm_security_alerts_total\{[^}]*kind="failed_login_burst"[^}]*\} 1/);
      expect(metrics).toMatch(/nrm_security_alerts_total\{[^}]*kind="denied_burst"[^}]*\} 1/);
      await eventually(() => {
        const lines = readFileSync(gateway.logFile, 'utf8')
          .split('\n')
          .filter((l) => l.includes('"message":"security alert"'));
        expect(lines.map((l) => JSON.parse(l).securityAlert.kind).sort()).toEqual([
          'denied_burst',
          'failed_login_burst',
        ]);
        expect(lines.join('\n')).toContain('"agencyId":"iom-kuwait"');
      });
    } finally {
      await stopService(gateway);
    }
  });
});

describe('services started while Kafka is away', () => {
  // The services' only broker address is a port where nothing listens until "Kafka comes": then a
  // proxy to the run's broker opens there. A broker of the test's own would cost a JVM's start.
  const kafkaPort = testPort(19392);
  const brokers = `127.0.0.1:${kafkaPort}`;
  const name = uniqueTestName('kafka_away');
  const topicPrefix = `${name}.`;
  const logDir = path.join(ROOT, '.local', 'logs', name);
  const options = {
    databaseUrl: testInfrastructure().databaseUrl,
    brokers,
    topicPrefix,
    basePort: testPort(4780),
    schemaPrefix: `${name}_`,
    logDir,
    secrets: devSecrets(),
  };
  const env = (service: string): Record<string, string> => ({
    ...serviceEnvironment(service, options),
    TRACE_LOG_SPANS: 'false',
  });
  const children: ChildProcess[] = [];
  const serve = (service: string) => {
    const log = openSync(path.join(logDir, `${service}.log`), 'a');
    const child = spawn(process.execPath, [main(service), 'serve'], {
      env: env(service),
      stdio: ['ignore', log, log],
    });
    children.push(child);
    return `http://127.0.0.1:${env(service)['PORT']}`;
  };
  const status = async (url: string) => {
    try {
      return (await fetch(url, { signal: AbortSignal.timeout(1000) })).status;
    } catch {
      return 0;
    }
  };
  const [runHost, runPort] = testInfrastructure().brokers.split(',')[0].split(':');
  const kafka = new FaultyTcpProxy(kafkaPort, { host: runHost, port: Number(runPort) });
  let observer: TopicObserver | undefined;
  let intake: string;
  let identification: string;
  let caseId: string;

  beforeAll(async () => {
    mkdirSync(logDir, { recursive: true });
    await runServiceCommand('intake', 'prepare', env('intake'));
    await runServiceCommand('identification', 'prepare', env('identification'));
  });

  // The services are thrown away with their topics: killed, not drained.
  afterAll(async () => {
    await observer?.stop();
    const exited = (c: ChildProcess) =>
      new Promise((r) => (c.exitCode === null ? c.once('exit', r) : r(null)));
    for (const child of children) child.kill('SIGKILL');
    await Promise.all(children.map(exited));
    await kafka.stop();
    await deleteTopics({ brokers: testInfrastructure().brokers, topicPrefix });
  });

  it("serve, live but not ready, while nothing listens on the broker's port", async () => {
    intake = serve('intake');
    identification = serve('identification');
    for (const url of [intake, identification]) {
      await eventually(async () => expect(await status(`${url}/health/live`)).toBe(200), 30_000);
      expect(await status(`${url}/health/ready`)).toBe(503);
    }
  });

  it('take a referral meanwhile, which waits in the outbox', async () => {
    const referral = await fetch(`${intake}/internal/referrals`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...actorHeaders({ userId: 'officer-1', agencyId: 'kw-moi-police', role: 'first_responder' }),
      },
      body: JSON.stringify({
        channel: 'police',
        encounter: { date: new Date().toISOString().slice(0, 10), place: 'Mubarakiya' },
        person: { names: { latin: 'Backlog Testperson' }, sex: 'male', nationalities: ['BD'] },
        exploitationTypes: ['forced_labour'],
        immediateRisks: [],
        interpreter: { needed: false },
        consent: { referral: true, language: 'en' },
      }),
    });
    const created = (await referral.json()) as { caseId: string };
    if (referral.status !== 201)
      throw new Error(`intake answered ${referral.status}: ${JSON.stringify(created)}`);
    ({ caseId } = created);
  });

  it('become ready once Kafka comes, and publish and consume the backlog', async () => {
    // Kafka comes: the run's broker answers on that port, with the catalogue's topics.
    await kafka.start();
    await declareTopics({ brokers, topicPrefix });
    observer = new TopicObserver(brokers);
    await observer.start([withTopicPrefix(topicPrefix, Topics.identificationScreening)]);
    // Both become ready, intake publishes its backlog and identification opens the screening.
    for (const url of [intake, identification]) {
      await eventually(async () => expect(await status(`${url}/health/ready`)).toBe(200), 60_000, 250);
    }
    await eventually(
      () =>
        expect(
          observer!
            .on(withTopicPrefix(topicPrefix, Topics.identificationScreening))
            .filter((m) => m.key === caseId && m.headers[EnvelopeHeaders.type] === ScreeningOpened.type),
        ).toHaveLength(1),
      60_000,
    );
  });
});

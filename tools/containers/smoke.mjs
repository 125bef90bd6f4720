// `npm run containers:smoke`: the platform's images run together with docker compose on the host's network
// (docker-compose.yml + deploy/docker/compose.host.yml) on ports of their own (PostgreSQL 55432, Kafka
// 59092-59094, services 53000-53006; NRM_*_PORT change them), and one referral goes through: sent to the
// gateway with a development token, seen reaching screening through the gateway's API, and delivered to
// the referring agency's webhook, which this script serves on a loopback port. Builds missing images first
// (npm run containers:build), and always takes everything down again (down -v), printing the end of each
// container's log when a step fails.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isPortOpen } from '../kafka/kafka-broker.mjs';
import { writeComposeEnv } from '../platform/compose-env.mjs';
import { devToken } from '../platform/dev-token.mjs';
import { buildImages, imageTargets } from './build.mjs';
import { ROOT, SERVICES, composeCommand, imageExists, requireEngine, run } from './engine.mjs';

const require = createRequire(import.meta.url);
const { ServiceRegistry, serviceVariablePart } = require('../platform/service-registry.cjs');
const PROJECT = process.env.NRM_SMOKE_PROJECT ?? 'nrm-smoke';
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s`;
const step = (message) => console.log(`${elapsed()}  ${message}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const PORTS = {
  NRM_POSTGRES_PORT: 55432,
  NRM_KAFKA_PORT: 59092,
  NRM_KAFKA_CONTROLLER_PORT: 59093,
  NRM_KAFKA_SASL_PORT: 59094,
  // NRM_GATEWAY_PORT (53000), NRM_INTAKE_PORT (53001)...: each service's own port plus 50000.
  ...Object.fromEntries(
    ServiceRegistry.map((s) => [`NRM_${serviceVariablePart(s.name)}_PORT`, 50000 + s.port]),
  ),
};
for (const [name, port] of Object.entries(PORTS)) process.env[name] ??= String(port);
process.env.NRM_VERSION ??= 'latest';
const gateway = `http://127.0.0.1:${process.env.NRM_GATEWAY_PORT}`;

async function until(what, timeoutMs, probe) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await sleep(500);
  }
}

async function api(method, url, token, body) {
  const res = await fetch(`${gateway}${url}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** A referral with made-up particulars, as a police officer would send it. */
function referral() {
  const today = new Date().toISOString().slice(0, 10);
  return {
    channel: 'police',
    encounter: { date: today, place: 'Smoke test place' },
    person: {
      names: { latin: 'Smoke Testperson' },
      dateOfBirth: '1994-03-01',
      sex: 'female',
      nationalities: ['PH'],
      languages: ['tl'],
      documents: [],
    },
    exploitationTypes: ['domestic_servitude'],
    immediateRisks: [],
    interpreter: { needed: false },
    account: 'Made-up account for the container smoke test.',
    consent: { referral: true, language: 'en' },
  };
}

/** The referrer's webhook: records each delivery. */
async function webhookReceiver() {
  const calls = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      calls.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { calls, url: `http://127.0.0.1:${server.address().port}/nrm`, close: () => server.close() };
}

async function main() {
  const engine = await requireEngine();
  const compose = await composeCommand();
  if (!compose) {
    throw new Error(
      'Neither `docker compose` (v2) nor `docker-compose` is installed: install the Compose plugin or docker-compose.',
    );
  }
  const composeArgs = [
    ...compose.args,
    '-p',
    PROJECT,
    '-f',
    'docker-compose.yml',
    '-f',
    path.join('deploy', 'docker', 'compose.host.yml'),
  ];
  const composeRun = (args, options) => run(compose.cmd, [...composeArgs, ...args], options);
  step(`engine: Docker ${engine}; compose: ${[compose.cmd, ...compose.args].join(' ')} ${compose.version}`);

  const images = imageTargets();
  const missing = [];
  for (const target of images) if (!(await imageExists(target.tags.at(-1)))) missing.push(target.key);
  if (missing.length) {
    step(`images missing (${missing.join(', ')}): building them`);
    await buildImages({ only: missing });
  }
  step(`images: ${images.map((t) => t.tags.at(-1)).join(', ')}`);

  const busy = [];
  for (const name of Object.keys(PORTS)) {
    if (await isPortOpen('127.0.0.1', Number(process.env[name]))) busy.push(`${process.env[name]} (${name})`);
  }
  if (busy.length) throw new Error(`ports already in use on 127.0.0.1: ${busy.join(', ')}; set NRM_*_PORT`);
  step(`env files: ${writeComposeEnv().join(', ')}`);

  const receiver = await webhookReceiver();
  let failed = false;
  const down = async () => {
    const res = await composeRun(['down', '-v', '--remove-orphans', '-t', '20'], { timeoutMs: 180_000 });
    step(
      res.code === 0 ? 'down -v: containers, network and volumes removed' : `down -v failed:\n${res.stderr}`,
    );
  };
  const onSignal = async (signal) => {
    step(`${signal}: taking the platform down`);
    await down();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    step(`up: postgres, kafka, init, ${SERVICES.join(', ')} (project ${PROJECT}, host network) ...`);
    const up = await composeRun(['up', '-d', '--no-build'], {
      timeoutMs: 300_000,
      // Creating/Starting lines of docker-compose 1.29, Container lines of Compose v2.
      onOutput: (d) =>
        String(d)
          .split(/[\r\n]+/)
          .map((l) => l.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g'), '').trim())
          .filter((l) => /^(Creating|Starting|Container) \S+ .*(done|Started|Healthy|Exited)/i.test(l))
          .forEach((l) => console.log(`        ${l}`)),
    });
    if (up.code !== 0)
      throw new Error(
        `compose up failed (${up.code}):\n${`${up.stdout}${up.stderr}`.trim().split('\n').slice(-15).join('\n')}`,
      );
    const init = await composeRun(['ps', '-a', '-q', 'init']);
    const initLog = await run('docker', ['logs', init.stdout.trim()]);
    for (const line of `${initLog.stdout}${initLog.stderr}`.trim().split('\n')) step(`init: ${line}`);

    await until('every container healthy', 180_000, async () => {
      const ids = (await composeRun(['ps', '-a', '-q'])).stdout.trim().split('\n').filter(Boolean);
      const { stdout } = await run('docker', [
        'inspect',
        '--format',
        '{{.Name}} {{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{else}}-{{end}} {{.State.ExitCode}}',
        ...ids,
      ]);
      const states = stdout
        .trim()
        .split('\n')
        .map((l) => l.split(' '));
      const bad = states.filter(
        ([name, status, health, code]) =>
          !(name.includes('init')
            ? status === 'exited' && code === '0'
            : status === 'running' && health === 'healthy'),
      );
      if (
        states.some(([name, status, , code]) => name.includes('init') && status === 'exited' && code !== '0')
      ) {
        throw Object.assign(new Error('init failed'), { fatal: true });
      }
      return bad.length === 0 && states.length === SERVICES.length + 3;
    });
    step(`healthy: postgres, kafka, ${SERVICES.join(', ')}; init exited 0`);

    const responder = await devToken('first_responder', 'kw-moi-police');
    const administrator = await devToken('administrator', 'kw-moi-police');
    const ready = await fetch(`${gateway}/health/ready`);
    step(`gateway ${gateway}/health/ready: ${ready.status}`);

    const put = await api('PUT', '/api/v1/agency/webhook', administrator, { url: receiver.url });
    if (put.status !== 200)
      throw new Error(`webhook registration answered ${put.status} ${JSON.stringify(put.body)}`);
    step(`webhook of kw-moi-police registered: ${receiver.url}`);
    const { verifyWebhook, WebhookHeaders } = require(path.join(ROOT, 'dist', 'libs', 'security', 'src'));

    const created = await api('POST', '/api/v1/referrals', responder, referral());
    if (created.status !== 201)
      throw new Error(`referral refused: ${created.status} ${JSON.stringify(created.body)}`);
    const { caseId, caseReference } = created.body;
    step(`referral accepted: ${caseReference} (case ${caseId})`);

    const view = await until('screening opened', 60_000, async () => {
      const res = await api('GET', `/api/v1/cases/${caseId}`, responder);
      return res.status === 200 && res.body.screening ? res.body : undefined;
    });
    step(
      `screening opened: assigned to ${view.screening.assignedAgencyId}, preliminary decision due ${view.screening.preliminaryDecisionDueOn}`,
    );

    const call = await until('webhook delivery', 90_000, async () =>
      receiver.calls.find((c) => c.body.includes(caseId)),
    );
    const timestamp = Number(call.headers[WebhookHeaders.timestamp]);
    const signed = verifyWebhook(
      put.body.secret,
      timestamp,
      call.body,
      String(call.headers[WebhookHeaders.signature]),
    );
    if (!signed) throw new Error('the webhook delivery has no valid signature');
    const delivered = JSON.parse(call.body);
    step(
      `webhook delivery received, signature valid: notification ${delivered.notificationId} for ${delivered.caseReference}`,
    );
    step('smoke test passed');
  } catch (error) {
    failed = true;
    step(`FAILED: ${error.message}`);
    for (const service of ['postgres', 'kafka', 'init', ...SERVICES]) {
      const logs = await composeRun(['logs', '--no-color', '--tail', '25', service]);
      console.log(`\n--- ${service} (last 25 lines) ---\n${`${logs.stdout}${logs.stderr}`.trim()}`);
    }
  } finally {
    receiver.close();
    await down();
  }
  step(failed ? 'smoke test failed' : 'done');
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});

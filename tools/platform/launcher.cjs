// Starts the platform's services as separate processes from the build in dist/: declares the topics,
// migrates and seeds each service's schema, starts every service, waits until each is ready and stops
// them cleanly. Used by `npm start` and by the end-to-end tests.
'use strict';
const { spawn } = require('node:child_process');
const { generateKeyPairSync, randomBytes } = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

/** Every service with its default port; the gateway is the only public one. */
const SERVICES = [
  { name: 'intake', port: 3001 },
  { name: 'identification', port: 3002 },
  { name: 'protection', port: 3003 },
  { name: 'prosecution-tracking', port: 3004 },
  { name: 'notifications', port: 3005 },
  { name: 'analytics', port: 3006 },
  { name: 'gateway', port: 3000 },
];
const DOMAIN_SERVICES = SERVICES.filter((s) => s.name !== 'gateway');

const JWT_ISSUER = 'nrm-dev';
const JWT_AUDIENCE = 'nrm-gateway';

/** Development secrets, made once per checkout in .local/dev-keys (never committed). */
function devSecrets(dir = path.join(ROOT, '.local', 'dev-keys')) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const privatePath = path.join(dir, 'jwt-private.pem');
  const publicPath = path.join(dir, 'jwt-public.pem');
  const fieldKeyPath = path.join(dir, 'intake-field-keys');
  const pseudonymKeyPath = path.join(dir, 'intake-pseudonym-key');
  const identificationKeyPath = path.join(dir, 'identification-field-keys');
  const protectionKeyPath = path.join(dir, 'protection-field-keys');
  const prosecutionKeyPath = path.join(dir, 'prosecution-field-keys');
  const analyticsKeyPath = path.join(dir, 'analytics-pseudonym-keys');
  if (!fs.existsSync(privatePath) || !fs.existsSync(publicPath)) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    fs.writeFileSync(privatePath, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    fs.writeFileSync(publicPath, publicKey.export({ type: 'spki', format: 'pem' }));
  }
  if (!fs.existsSync(fieldKeyPath)) {
    fs.writeFileSync(fieldKeyPath, `dev1:${randomBytes(32).toString('base64')}`, { mode: 0o600 });
  }
  for (const keyPath of [identificationKeyPath, protectionKeyPath, prosecutionKeyPath]) {
    if (!fs.existsSync(keyPath)) {
      fs.writeFileSync(keyPath, `dev1:${randomBytes(32).toString('base64')}`, { mode: 0o600 });
    }
  }
  if (!fs.existsSync(analyticsKeyPath)) {
    const audiences = ['national-statistics', 'partners', 'research'];
    const keys = audiences.map((a) => `${a}:${randomBytes(32).toString('base64')}`).join(',');
    fs.writeFileSync(analyticsKeyPath, keys, { mode: 0o600 });
  }
  if (!fs.existsSync(pseudonymKeyPath)) {
    fs.writeFileSync(pseudonymKeyPath, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return {
    jwtPrivateKey: fs.readFileSync(privatePath, 'utf8'),
    jwtPublicKey: fs.readFileSync(publicPath, 'utf8'),
    intakeFieldKeys: fs.readFileSync(fieldKeyPath, 'utf8').trim(),
    intakePseudonymKey: fs.readFileSync(pseudonymKeyPath, 'utf8').trim(),
    identificationFieldKeys: fs.readFileSync(identificationKeyPath, 'utf8').trim(),
    protectionFieldKeys: fs.readFileSync(protectionKeyPath, 'utf8').trim(),
    prosecutionFieldKeys: fs.readFileSync(prosecutionKeyPath, 'utf8').trim(),
    analyticsPseudonymKeys: fs.readFileSync(analyticsKeyPath, 'utf8').trim(),
    jwtIssuer: JWT_ISSUER,
    jwtAudience: JWT_AUDIENCE,
  };
}

function portsFor(basePort) {
  return Object.fromEntries(
    SERVICES.map((s) => [s.name, basePort === undefined ? s.port : basePort + (s.port - 3000)]),
  );
}

/** The environment of one service: the same variables a container gets in production. */
function serviceEnvironment(name, o) {
  const ports = portsFor(o.basePort);
  const env = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    PORT: String(ports[name]),
    HOST: '127.0.0.1',
    LOG_LEVEL: o.logLevel || 'info',
    SEEDS_DIR: path.join(ROOT, 'seeds'),
  };
  if (name === 'gateway') {
    for (const s of DOMAIN_SERVICES) {
      env[`${s.name.toUpperCase().replace(/-/g, '_')}_URL`] = `http://127.0.0.1:${ports[s.name]}`;
    }
    env.JWT_PUBLIC_KEY = o.secrets.jwtPublicKey;
    env.JWT_ISSUER = o.secrets.jwtIssuer;
    env.JWT_AUDIENCE = o.secrets.jwtAudience;
    return Object.assign(env, (o.serviceEnv || {}).gateway || {});
  }
  Object.assign(env, {
    DATABASE_URL: o.databaseUrl,
    DB_SCHEMA: `${o.schemaPrefix || ''}${name.replace(/-/g, '_')}`,
    KAFKA_BROKERS: o.brokers,
    KAFKA_TOPIC_PREFIX: o.topicPrefix || '',
  });
  // On a broker with a SASL listener each service connects as its own principal, held to its ACLs.
  const password = o.kafkaAccess && o.kafkaAccess.credentials[name];
  if (password) {
    Object.assign(env, {
      KAFKA_BROKERS: o.kafkaAccess.saslBrokers,
      KAFKA_SASL_USERNAME: name,
      KAFKA_SASL_PASSWORD: password,
      KAFKA_SASL_MECHANISM: o.kafkaAccess.mechanism,
    });
  }
  if (name === 'intake') {
    env.INTAKE_FIELD_KEYS = o.secrets.intakeFieldKeys;
    env.INTAKE_PSEUDONYM_KEY = o.secrets.intakePseudonymKey;
  }
  if (name === 'identification') env.IDENTIFICATION_FIELD_KEYS = o.secrets.identificationFieldKeys;
  if (name === 'protection') env.PROTECTION_FIELD_KEYS = o.secrets.protectionFieldKeys;
  if (name === 'prosecution-tracking') env.PROSECUTION_FIELD_KEYS = o.secrets.prosecutionFieldKeys;
  if (name === 'analytics') env.ANALYTICS_PSEUDONYM_KEYS = o.secrets.analyticsPseudonymKeys;
  return Object.assign(env, (o.serviceEnv || {})[name] || {});
}

function entryPoint(name) {
  const main = path.join(ROOT, 'dist', 'apps', name, 'src', 'main.js');
  if (!fs.existsSync(main)) throw new Error(`${main} is missing; run npm run build first`);
  return main;
}

/**
 * Declares every topic of the catalogue (and the dead-letter topics) under the prefix, and, on a
 * broker with a SASL listener (`kafkaAccess`, or `declareAcls`), the ACLs of every service and of analysts.
 * Resolves the topics created and the number of ACL entries declared (`created.acls`).
 */
async function declareTopics({
  brokers,
  topicPrefix = '',
  partitions = 3,
  kafkaAccess,
  declareAcls = false,
}) {
  const messaging = require(path.join(ROOT, 'dist', 'libs', 'messaging', 'src'));
  const contracts = require(path.join(ROOT, 'dist', 'libs', 'contracts', 'src'));
  const kafka = messaging.createKafka({ brokers: brokers.split(','), clientId: 'nrm-launcher', topicPrefix });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const created = await messaging.ensureTopics(
      admin,
      contracts.allTopics().map((t) => contracts.withTopicPrefix(topicPrefix, t)),
      partitions,
    );
    if (kafkaAccess || declareAcls) {
      created.acls = await messaging.declareKafkaAccess(admin, contracts.platformKafkaAccess(), topicPrefix);
    }
    return created;
  } finally {
    await admin.disconnect();
  }
}

/** Runs `main.js <command>` of a service (migrate, seed) and resolves when it exits 0. */
function runServiceCommand(name, command, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entryPoint(name), command], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${name} ${command} exited with ${code}:\n${output.slice(-3000)}`)),
    );
  });
}

async function waitForReady(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode} before becoming ready`);
    try {
      const res = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not ready after ${timeoutMs} ms`);
}

function portTaken(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(500);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Spawns `node <script> <args>` with its output appended to `logFile` (NRM_NODE_ARGS in `env`: extra
 * Node.js options, e.g. --cpu-prof for a benchmark) and resolves once every URL answers ready; kills it
 * and quotes the end of its log if it exits or is not ready in time.
 */
async function spawnReady(what, script, args, env, logFile, urls, readyTimeoutMs) {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, 'a');
  const nodeArgs = (env.NRM_NODE_ARGS || '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--enable-source-maps', script, ...args], {
    env,
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const started = Date.now();
  try {
    await Promise.all(urls.map((url) => waitForReady(url, child, readyTimeoutMs)));
    if (process.env.NRM_LAUNCH_TIMINGS) console.log(`${what} ready in ${Date.now() - started} ms`);
  } catch (error) {
    child.kill('SIGKILL');
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
    throw new Error(`${what} ${error.message}; the end of ${logFile}:\n${tail}`);
  }
  return child;
}

/**
 * Starts one service process with its output appended to `<logDir>/<name>.log`; `restart` starts it
 * again the same way and resolves to the new process.
 */
async function startService(name, env, { logDir, readyTimeoutMs = 60_000 }) {
  const logFile = path.join(logDir, `${name}.log`);
  const url = `http://127.0.0.1:${env.PORT}`;
  const spawnIt = () => spawnReady(name, entryPoint(name), ['serve'], env, logFile, [url], readyTimeoutMs);
  return { name, url, child: await spawnIt(), logFile, env, restart: spawnIt };
}

/** SIGTERM, then wait for the drain; SIGKILL only past the timeout. */
function stopService(handle, timeoutMs = 15_000) {
  return new Promise((resolve) => {
    const { child } = handle;
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts every service in one Node.js process (host.cjs), which migrates and seeds each service's
 * schema itself; resolves once each service answers ready. Each service logs to <logDir>/<name>.log,
 * the host to <logDir>/platform.log.
 */
async function startHost(o) {
  const environments = Object.fromEntries(SERVICES.map((s) => [s.name, serviceEnvironment(s.name, o)]));
  const urls = SERVICES.map((s) => `http://127.0.0.1:${environments[s.name].PORT}`);
  const env = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    NRM_HOST_SERVICES: JSON.stringify(environments),
    NRM_LOG_DIR: o.logDir,
    NRM_NODE_ARGS: (o.serviceEnv || {}).platform?.NRM_NODE_ARGS || '',
  };
  const logFile = path.join(o.logDir, 'platform.log');
  const host = path.join(__dirname, 'host.cjs');
  const child = await spawnReady('the single-process platform', host, [], env, logFile, urls, 120_000);
  return SERVICES.map((s, i) => ({
    name: s.name,
    url: urls[i],
    child,
    logFile: path.join(o.logDir, `${s.name}.log`),
    env: environments[s.name],
  }));
}

/**
 * Brings the whole platform up: topics, migrations, seeds, then every service, the gateway last.
 * Options: databaseUrl, brokers, topicPrefix, schemaPrefix, basePort, logDir, secrets, log, and
 * singleProcess (every service in one process instead of one process each).
 */
async function launchPlatform(options) {
  // Options also take kafkaAccess: { saslBrokers, mechanism, credentials } of a broker with a SASL listener.
  const log = options.log || (() => {});
  const o = { ...options, secrets: options.secrets || devSecrets() };
  const ports = portsFor(o.basePort);
  for (const s of SERVICES) {
    if (await portTaken(ports[s.name])) {
      throw new Error(
        `port ${ports[s.name]} (${s.name}) is already in use: is the platform already running? Stop it first.`,
      );
    }
  }
  const created = await declareTopics(o);
  log(`topics: ${created.length ? `declared ${created.length}` : 'all present'}`);
  if (o.singleProcess) {
    const services = await startHost(o);
    log('services: every one in one process, migrated, seeded and ready');
    // The process entry's child is replaced when a supervisor starts it again; stop takes the current one.
    const host = {
      name: 'platform',
      child: services[0].child,
      logFile: path.join(o.logDir, 'platform.log'),
      restart: async () => (await startHost(o))[0].child,
    };
    return {
      gatewayUrl: services.find((h) => h.name === 'gateway').url,
      services,
      processes: [host],
      secrets: o.secrets,
      kafkaAccess: o.kafkaAccess,
      stop: () => stopService(host, 30_000),
    };
  }
  await Promise.all(
    DOMAIN_SERVICES.map(async (s) => {
      const env = serviceEnvironment(s.name, o);
      await runServiceCommand(s.name, 'prepare', env);
    }),
  );
  log(`databases: migrated and seeded`);
  const handles = [];
  const stop = async () => {
    // The gateway first, so no new work arrives while the others drain.
    for (const h of [...handles].reverse()) await stopService(h);
  };
  try {
    handles.push(
      ...(await Promise.all(
        DOMAIN_SERVICES.map((s) => startService(s.name, serviceEnvironment(s.name, o), { logDir: o.logDir })),
      )),
    );
    handles.push(await startService('gateway', serviceEnvironment('gateway', o), { logDir: o.logDir }));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    gatewayUrl: handles.find((h) => h.name === 'gateway').url,
    services: handles,
    processes: handles,
    secrets: o.secrets,
    kafkaAccess: o.kafkaAccess,
    stop,
  };
}

const { supervise, describeStates } = require('./supervisor.cjs');

module.exports = {
  ROOT,
  SERVICES,
  JWT_ISSUER,
  JWT_AUDIENCE,
  devSecrets,
  serviceEnvironment,
  declareTopics,
  runServiceCommand,
  startService,
  stopService,
  launchPlatform,
  supervise,
  describeStates,
};

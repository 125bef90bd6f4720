// Starts the platform's services as separate processes from the build in dist/: declares the topics,
// migrates and seeds each service's schema, starts every service, waits until each is ready and stops
// them cleanly. Used by `npm start` and by the end-to-end tests.
'use strict';
const { spawn } = require('node:child_process');
const { createPublicKey, generateKeyPairSync, randomBytes } = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

const { ServiceRegistry } = require('./service-registry.cjs');

/** Every service with its default port; the gateway, the only public one, last. */
const DOMAIN_SERVICES = ServiceRegistry.filter((s) => s.name !== 'gateway');
const SERVICES = [...DOMAIN_SERVICES, ...ServiceRegistry.filter((s) => s.name === 'gateway')];

const JWT_ISSUER = 'nrm-dev';
const JWT_AUDIENCE = 'nrm-gateway';

/** A development key: `label:base64,...` for each label, or one bare base64 key without labels. */
/**
 * The content of a file made once: written whole to a temporary file, then linked into place, so a
 * process racing to make the same file reads the winner's content, never a half-written or second one.
 */
function createOnce(file, make) {
  if (!fs.existsSync(file)) {
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, make(), { mode: 0o600 });
    try {
      fs.linkSync(temporary, file);
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    } finally {
      fs.unlinkSync(temporary);
    }
  }
  return fs.readFileSync(file, 'utf8');
}

function devKeyValue(labels, kind = 'aes-256') {
  const key = () =>
    kind === 'ec-p256'
      ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
          .privateKey.export({ type: 'pkcs8', format: 'der' })
          .toString('base64')
      : randomBytes(32).toString('base64');
  return labels.length === 0 ? key() : labels.map((label) => `${label}:${key()}`).join(',');
}

/**
 * Development secrets, made once per checkout in .local/dev-keys (never committed): the token signing
 * key pair, and each key of the registry's services (`serviceKeys`, by variable) in a file named after it.
 */
function devSecrets(dir = path.join(ROOT, '.local', 'dev-keys')) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const privatePath = path.join(dir, 'jwt-private.pem');
  const jwtPrivateKey = createOnce(privatePath, () =>
    generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
  );
  // The public key is derived, never stored apart: a token tool and a first start racing for the
  // files cannot end up with a pair that does not match.
  const jwtPublicKey = createPublicKey(jwtPrivateKey).export({ type: 'spki', format: 'pem' });
  const serviceKeys = {};
  for (const { variable, devLabels, kind } of ServiceRegistry.flatMap((s) => s.keys)) {
    // INTAKE_FIELD_KEYS is kept in intake-field-keys.
    const keyPath = path.join(dir, variable.toLowerCase().replace(/_/g, '-'));
    serviceKeys[variable] = createOnce(keyPath, () => devKeyValue(devLabels, kind)).trim();
  }
  return {
    jwtPrivateKey,
    jwtPublicKey,
    jwtIssuer: JWT_ISSUER,
    jwtAudience: JWT_AUDIENCE,
    serviceKeys,
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
  const service = SERVICES.find((s) => s.name === name);
  if (!service) throw new Error(`${name} is not a registered service`);
  for (const { variable } of service.keys) env[variable] = o.secrets.serviceKeys[variable];
  // The gateway calls every service; a service that calls others (the registry's `calls`) gets theirs.
  const called = name === 'gateway' ? SERVICES.map((s) => s.name) : service.calls || [];
  for (const s of SERVICES.filter((s) => s.upstreamUrlVariable && called.includes(s.name))) {
    env[s.upstreamUrlVariable] = `http://127.0.0.1:${ports[s.name]}`;
  }
  if (name === 'gateway') {
    env.JWT_PUBLIC_KEY = o.secrets.jwtPublicKey;
    env.JWT_ISSUER = o.secrets.jwtIssuer;
    env.JWT_AUDIENCE = o.secrets.jwtAudience;
    // The console, built beside the services, and its development sign-in with the development issuer.
    env.CONSOLE_DIR = path.join(ROOT, 'dist', 'console');
    env.DEV_SIGN_IN_KEY = o.secrets.jwtPrivateKey;
    env.DEV_SIGN_IN_USERS_FILE = path.join(ROOT, 'seeds', 'users.json');
  }
  // Partners reach the exchange on a listener of its own, beside its API.
  if (name === 'exchange') env.EXCHANGE_PARTNER_PORT = String(ports.exchange + 50);
  if (service.data) Object.assign(env, dataServiceEnvironment(service.data, o));
  return Object.assign(env, (o.serviceEnv || {})[name] || {});
}

/** A service with data: its database schema, the brokers and, on a SASL listener, its own principal. */
function dataServiceEnvironment({ schema, kafkaPrincipal }, o) {
  const env = {
    DATABASE_URL: o.databaseUrl,
    DB_SCHEMA: `${o.schemaPrefix || ''}${schema}`,
    KAFKA_BROKERS: o.brokers,
    KAFKA_TOPIC_PREFIX: o.topicPrefix || '',
  };
  // On a broker with a SASL listener each service connects as its own principal, held to its ACLs.
  const password = o.kafkaAccess && o.kafkaAccess.credentials[kafkaPrincipal];
  if (password) {
    Object.assign(env, {
      KAFKA_BROKERS: o.kafkaAccess.saslBrokers,
      KAFKA_SASL_USERNAME: kafkaPrincipal,
      KAFKA_SASL_PASSWORD: password,
      KAFKA_SASL_MECHANISM: o.kafkaAccess.mechanism,
    });
  }
  return env;
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

/** Deletes every topic under `topicPrefix` (a test's platform, thrown away); resolves how many. */
async function deleteTopics({ brokers, topicPrefix }) {
  if (!topicPrefix) throw new Error('deleteTopics takes a topic prefix: it never deletes unprefixed topics');
  const messaging = require(path.join(ROOT, 'dist', 'libs', 'messaging', 'src'));
  const kafka = messaging.createKafka({ brokers: brokers.split(','), clientId: 'nrm-launcher', topicPrefix });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(topicPrefix));
    if (topics.length > 0) await admin.deleteTopics({ topics });
    return topics.length;
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

/** SIGKILL, as a crash would; resolves once the process is gone. */
function killService(handle) {
  return new Promise((resolve) => {
    const { child } = handle;
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
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
 * Starts the named services in one Node.js process (host.cjs), which migrates and seeds each service's
 * schema itself; resolves once each service answers ready. Each service logs to <logDir>/<name>.log,
 * the host to <logDir>/platform.log.
 */
async function startHost(o, names) {
  const hosted = SERVICES.filter((s) => names.includes(s.name));
  const environments = Object.fromEntries(hosted.map((s) => [s.name, serviceEnvironment(s.name, o)]));
  const urls = hosted.map((s) => `http://127.0.0.1:${environments[s.name].PORT}`);
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
  return hosted.map((s, i) => ({
    name: s.name,
    url: urls[i],
    child,
    logFile: path.join(o.logDir, `${s.name}.log`),
    env: environments[s.name],
  }));
}

/** Migrates and seeds one service's schema (`main.js prepare`), then starts it as its own process. */
async function prepareAndStart(name, o) {
  const env = serviceEnvironment(name, o);
  if (name !== 'gateway') await runServiceCommand(name, 'prepare', env);
  return startService(name, env, { logDir: o.logDir });
}

/**
 * Brings the whole platform up: topics, migrations, seeds, then every service, the gateway last.
 * Options: databaseUrl, brokers, topicPrefix, schemaPrefix, basePort, logDir, secrets, log,
 * singleProcess (every service in one process instead of one process each) and, with it,
 * ownProcesses (services that still run as processes of their own: the ones a test stops or kills).
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
  const own = o.singleProcess ? o.ownProcesses || [] : SERVICES.map((s) => s.name);
  for (const name of own) {
    if (!SERVICES.some((s) => s.name === name)) throw new Error(`${name} is not a registered service`);
  }
  const hosted = SERVICES.map((s) => s.name).filter((name) => !own.includes(name));
  const created = await declareTopics(o);
  log(`topics: ${created.length ? `declared ${created.length}` : 'all present'}`);

  const processes = [];
  const handles = [];
  const stop = async () => {
    // The gateway first, so no new work arrives while the others drain.
    const gateway = processes.find((p) => p.name === 'gateway' || p.name === 'platform');
    if (gateway) await stopService(gateway, gateway.name === 'platform' ? 30_000 : undefined);
    for (const p of [...processes].reverse().filter((p) => p !== gateway)) await stopService(p);
  };
  const startHosted = async () => {
    if (hosted.length === 0) return;
    const services = await startHost(o, hosted);
    handles.push(...services);
    // The process entry's child is replaced when a supervisor starts it again; stop takes the current one.
    processes.push({
      name: 'platform',
      child: services[0].child,
      logFile: path.join(o.logDir, 'platform.log'),
      restart: async () => (await startHost(o, hosted))[0].child,
    });
  };
  const startOwn = async (names) => {
    const started = await Promise.allSettled(names.map((name) => prepareAndStart(name, o)));
    const running = started.filter((r) => r.status === 'fulfilled').map((r) => r.value);
    handles.push(...running);
    processes.push(...running);
    const failed = started.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  };
  try {
    // Own processes start beside the host; an own gateway waits for the domain services.
    const results = await Promise.allSettled([startHosted(), startOwn(own.filter((n) => n !== 'gateway'))]);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    if (own.includes('gateway')) await startOwn(['gateway']);
  } catch (error) {
    await stop();
    throw error;
  }
  log(
    hosted.length === 0
      ? 'services: migrated, seeded and ready, one process each'
      : `services: migrated, seeded and ready, ${own.length ? `${own.join(', ')} in their own processes, ` : ''}the rest in one process`,
  );
  const services = SERVICES.map((s) => handles.find((h) => h.name === s.name));
  return {
    gatewayUrl: services.find((h) => h.name === 'gateway').url,
    services,
    processes,
    secrets: o.secrets,
    kafkaAccess: o.kafkaAccess,
    stop,
    kill: () => Promise.all(processes.map(killService)).then(() => undefined),
  };
}

const { supervise, describeStates } = require('./supervisor.cjs');

module.exports = {
  devKeyValue,
  ROOT,
  SERVICES,
  DOMAIN_SERVICES,
  JWT_ISSUER,
  JWT_AUDIENCE,
  devSecrets,
  serviceEnvironment,
  declareTopics,
  deleteTopics,
  runServiceCommand,
  startService,
  stopService,
  launchPlatform,
  supervise,
  describeStates,
};

// Runs a real single-node Apache Kafka 4.x broker (KRaft, broker+controller in
// one JVM) without Docker. The jars come from Maven Central through
// tools/kafka/pom.xml and are cached in <repo>/.cache/kafka/<version>/lib.
//
//   node tools/kafka/kafka-broker.mjs start [--port 9092] [--data-dir .local/kafka]
//   node tools/kafka/kafka-broker.mjs stop [--data-dir .local/kafka]
//   node tools/kafka/kafka-broker.mjs classpath
//
// Needs Java 17+ and Apache Maven on PATH (or JAVA_HOME / MAVEN_HOME); no npm deps.

import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { ServiceRegistry } = require('../platform/service-registry.cjs');
const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');
const POM = path.join(HERE, 'pom.xml');
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';
const MARKER = '.resolved';
const HOST = '127.0.0.1';
const READY_PATTERN = /Kafka Server started/;

export const DEFAULT_CACHE_DIR = path.join(REPO_ROOT, '.cache', 'kafka');
export const DEFAULT_DATA_DIR = path.join(REPO_ROOT, '.local', 'kafka');

const INSTALL_HINT =
  'Java 17+ and Apache Maven are needed to run the Kafka broker: ' +
  'apt-get install openjdk-17-jre-headless maven, or set KAFKA_BROKERS to an existing broker';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function javaBin() {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

function mvnBin() {
  return process.env.MAVEN_HOME ? path.join(process.env.MAVEN_HOME, 'bin', 'mvn') : 'mvn';
}

/** Runs a command to completion; resolves { code, output } (stdout+stderr), rejects only on spawn failure. */
function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function checkTool(cmd, args, what) {
  try {
    return await run(cmd, args);
  } catch (err) {
    if (err.code === 'ENOENT') throw new Error(`${what} not found (${cmd}). ${INSTALL_HINT}`);
    throw err;
  }
}

async function checkJava() {
  const { output } = await checkTool(javaBin(), ['-version'], 'Java');
  // `java -version` prints e.g.: openjdk version "17.0.15" / "1.8.0_392"
  const m = output.match(/version "(\d+)(?:\.(\d+))?/);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : NaN;
  if (!(major >= 17)) {
    throw new Error(`Kafka 4 needs Java 17+, found: ${output.split('\n')[0].trim()}. ${INSTALL_HINT}`);
  }
}

function pomProperty(pomText, name) {
  const m = pomText.match(new RegExp(`<${name.replace('.', '\\.')}>([^<]+)</`));
  if (!m) throw new Error(`${POM} has no <${name}> property`);
  return m[1].trim();
}

/** Kafka version in use: env KAFKA_VERSION, else the pom's kafka.version property. */
export function kafkaVersion() {
  return process.env.KAFKA_VERSION || pomProperty(fs.readFileSync(POM, 'utf8'), 'kafka.version');
}

async function listJars(libDir) {
  const jars = (await fsp.readdir(libDir)).filter((f) => f.endsWith('.jar')).sort();
  return jars.map((f) => path.join(libDir, f));
}

/**
 * Copies Kafka's jars into <cacheDir>/<kafkaVersion>/lib with Maven (once; a
 * marker holding the pom's hash makes later calls instant) and returns the
 * Java classpath string.
 */
export async function resolveKafkaClasspath({ cacheDir = DEFAULT_CACHE_DIR, log = () => {} } = {}) {
  const pomText = await fsp.readFile(POM, 'utf8');
  const version = process.env.KAFKA_VERSION || pomProperty(pomText, 'kafka.version');
  const overrides = [];
  if (process.env.KAFKA_VERSION) overrides.push(`-Dkafka.version=${process.env.KAFKA_VERSION}`);
  if (process.env.KAFKA_LOG4J_VERSION) overrides.push(`-Dlog4j.version=${process.env.KAFKA_LOG4J_VERSION}`);
  const fingerprint = createHash('sha256').update(pomText).update(overrides.join(' ')).digest('hex');

  const versionDir = path.join(path.resolve(cacheDir), version);
  const libDir = path.join(versionDir, 'lib');
  const marker = path.join(versionDir, MARKER);
  const markerText = await fsp.readFile(marker, 'utf8').catch(() => '');
  if (markerText.trim() === fingerprint) {
    return (await listJars(libDir)).join(path.delimiter);
  }

  await checkJava();
  await checkTool(mvnBin(), ['-v'], 'Apache Maven');

  // Copy into a private directory and rename it into place, so a run that is
  // interrupted (or a concurrent one) never leaves a half-filled lib/ marked done.
  await fsp.mkdir(versionDir, { recursive: true });
  const tmpDir = path.join(versionDir, `lib.tmp-${process.pid}`);
  await fsp.rm(tmpDir, { recursive: true, force: true });
  log(`Resolving Apache Kafka ${version} jars with Maven into ${libDir} ...`);
  const started = Date.now();
  const { code, output } = await run(mvnBin(), [
    '-q',
    '-B',
    `${DEPENDENCY_PLUGIN}:copy-dependencies`,
    `-DoutputDirectory=${tmpDir}`,
    ...overrides,
    '-f',
    POM,
  ]);
  if (code !== 0) {
    await fsp.rm(tmpDir, { recursive: true, force: true });
    const tail = output.trim().split('\n').slice(-30).join('\n');
    throw new Error(`mvn copy-dependencies failed (exit ${code}) for Kafka ${version}:\n${tail}`);
  }
  await fsp.rm(libDir, { recursive: true, force: true });
  await fsp.rename(tmpDir, libDir);
  await fsp.writeFile(marker, `${fingerprint}\n`);
  const jars = await listJars(libDir);
  log(`Resolved ${jars.length} jars in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return jars.join(path.delimiter);
}

/** True when something accepts TCP connections on host:port within timeoutMs. */
export function isPortOpen(host, port, timeoutMs = 500) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Sends one FindCoordinator (v1) request for a consumer group and resolves its
 * error code (0 = coordinator known). On a fresh broker the first such request
 * makes Kafka create __consumer_offsets; doing it during startup spares the
 * first test's consumer a "coordinator not available / loading" crash-and-retry.
 */
function findGroupCoordinator(host, port, groupId, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const str = (s) => {
      const b = Buffer.from(s, 'utf8');
      const len = Buffer.alloc(2);
      len.writeInt16BE(b.length);
      return Buffer.concat([len, b]);
    };
    const header = Buffer.alloc(8);
    header.writeInt16BE(10, 0); // api key: FindCoordinator
    header.writeInt16BE(1, 2); // version 1 (v0 was removed in Kafka 4)
    header.writeInt32BE(1, 4); // correlation id
    const body = Buffer.concat([header, str('kafka-broker.mjs'), str(groupId), Buffer.from([0])]); // key type 0 = group
    const size = Buffer.alloc(4);
    size.writeInt32BE(body.length);

    let response = Buffer.alloc(0);
    const socket = net.connect({ host, port }, () => socket.write(Buffer.concat([size, body])));
    const done = (code) => {
      socket.destroy();
      resolve(code);
    };
    socket.setTimeout(timeoutMs, () => done(-1));
    socket.on('error', () => done(-1));
    socket.on('data', (chunk) => {
      response = Buffer.concat([response, chunk]);
      // size, correlation id, throttle_time_ms, then the int16 error code
      if (response.length >= 14) done(response.readInt16BE(12));
    });
  });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return err.code === 'EPERM';
  }
  // An exited process that its parent (or init, for a detached broker) has not
  // reaped yet still answers signal 0: a zombie whose threads are all gone is dead.
  // (A zombie main thread with other threads still running is not.)
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !(/^\d+ \(.*\) Z/.test(stat) && fs.readdirSync(`/proc/${pid}/task`).length <= 1);
  } catch {
    return true; // no /proc (macOS): trust kill(0)
  }
}

/** Guards against a stale pid file whose pid now belongs to another program. */
function looksLikeKafka(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('kafka.Kafka');
  } catch {
    return fs.existsSync('/proc') ? false : true;
  }
}

async function terminate(pid, { graceMs = 30_000, child } = {}) {
  if (!isAlive(pid)) return;
  const exited =
    child && child.exitCode === null && child.signalCode === null
      ? new Promise((r) => child.once('exit', r))
      : null;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) break;
    await Promise.race([exited, sleep(200)].filter(Boolean));
  }
  if (isAlive(pid)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
    for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
  }
}

/** Stops the broker whose pid is in <dataDir>/broker.pid; resolves true if one was running. */
export async function stopBrokerByPidFile(dataDir = DEFAULT_DATA_DIR) {
  const pidFile = path.join(path.resolve(dataDir), 'broker.pid');
  const text = await fsp.readFile(pidFile, 'utf8').catch(() => null);
  if (text === null) return false;
  const pid = Number.parseInt(text, 10);
  let stopped = false;
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && looksLikeKafka(pid)) {
    await terminate(pid);
    stopped = true;
  }
  await fsp.rm(pidFile, { force: true });
  return stopped;
}

/**
 * The principals of the SASL listener: one per service that talks to Kafka, and one per analyst audience. Their
 * ACLs are declared per topic prefix by the platform launcher (tools/platform/launcher.cjs).
 */
export const KAFKA_PRINCIPALS = [
  ...ServiceRegistry.flatMap((s) => (s.data ? [s.data.kafkaPrincipal] : [])),
  'analyst-national-statistics',
  'analyst-partners',
  'analyst-research',
];

function serverProperties({ port, controllerPort, saslPort, saslAdvertisedPort, logDir }) {
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.bootstrap.servers=${HOST}:${controllerPort}`,
    // PLAINTEXT is the operator's listener on loopback (topic and ACL declaration, tests' observers);
    // services and analysts use SASL_PLAINTEXT with SCRAM and are held to their ACLs.
    `listeners=PLAINTEXT://${HOST}:${port},CONTROLLER://${HOST}:${controllerPort},SASL_PLAINTEXT://${HOST}:${saslPort}`,
    // CONTROLLER is advertised too, as in Kafka's own config/server.properties (KIP-853).
    `advertised.listeners=PLAINTEXT://${HOST}:${port},CONTROLLER://${HOST}:${controllerPort},SASL_PLAINTEXT://${HOST}:${saslAdvertisedPort}`,
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT',
    'inter.broker.listener.name=PLAINTEXT',
    'controller.listener.names=CONTROLLER',
    'sasl.enabled.mechanisms=SCRAM-SHA-512',
    'listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;',
    'authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer',
    // The loopback operator listener (and the broker itself) act as super user; SASL principals
    // get nothing that no ACL allows.
    'super.users=User:ANONYMOUS',
    'allow.everyone.if.no.acl.found=false',
    `log.dirs=${logDir}`,
    'num.partitions=3',
    'auto.create.topics.enable=false',
    // One node: every internal topic must live with a single replica.
    'offsets.topic.replication.factor=1',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    // 10 instead of 50 partitions: the first consumer-group join has to wait
    // for __consumer_offsets to be created, and that scales with its partitions.
    'offsets.topic.num.partitions=10',
    'transaction.state.log.num.partitions=10',
    'group.initial.rebalance.delay.ms=0',
    '',
  ].join('\n');
}

const LOG4J2_PROPERTIES = `status = warn
appender.stdout.type = Console
appender.stdout.name = STDOUT
appender.stdout.layout.type = PatternLayout
appender.stdout.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.stdout.ref = STDOUT
`;

/** Cluster id kept in <dataDir>/cluster.id: 16 random bytes, base64url, like `kafka-storage random-uuid`. */
async function clusterId(dataDir, logDir) {
  // An already formatted log dir wins, so a lost cluster.id file cannot cause a mismatch.
  const meta = await fsp.readFile(path.join(logDir, 'meta.properties'), 'utf8').catch(() => '');
  const fromMeta = meta.match(/^cluster\.id=(.+)$/m)?.[1]?.trim();
  const idFile = path.join(dataDir, 'cluster.id');
  let id = fromMeta || (await fsp.readFile(idFile, 'utf8').catch(() => '')).trim();
  // Like Kafka's Uuid.randomUuid(): an id starting with '-' would be taken for an option by kafka-storage.
  while (!id || id.startsWith('-')) id = randomBytes(16).toString('base64url');
  await fsp.writeFile(idFile, `${id}\n`);
  return id;
}

/** Passwords of the SASL principals, made once per data directory and kept beside it (0600). */
async function principalCredentials(dataDir) {
  const file = path.join(dataDir, 'credentials.json');
  const existing = JSON.parse(await fsp.readFile(file, 'utf8').catch(() => '{}'));
  const credentials = {};
  for (const name of KAFKA_PRINCIPALS)
    credentials[name] = existing[name] ?? randomBytes(18).toString('base64url');
  await fsp.writeFile(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  return credentials;
}

const accessFile = (port) => path.join(REPO_ROOT, '.local', `kafka-access-${port}.json`);

async function writeBrokerAccess(port, access) {
  await fsp.mkdir(path.dirname(accessFile(port)), { recursive: true });
  await fsp.writeFile(accessFile(port), `${JSON.stringify(access, null, 2)}\n`, { mode: 0o600 });
}

/**
 * How to reach the SASL listener of the broker this checkout started on `port`, if it is still
 * running: `{ saslBrokers, mechanism, credentials }`, or undefined.
 */
export async function brokerAccess(port = 9092) {
  const access = JSON.parse(await fsp.readFile(accessFile(port), 'utf8').catch(() => 'null'));
  if (!access || !isAlive(access.pid) || !looksLikeKafka(access.pid)) return undefined;
  return { saslBrokers: access.saslBrokers, mechanism: access.mechanism, credentials: access.credentials };
}

async function readLogSince(logFile, offset) {
  const fh = await fsp.open(logFile, 'r').catch(() => null);
  if (!fh) return '';
  try {
    const { size } = await fh.stat();
    if (size <= offset) return '';
    const buf = Buffer.alloc(size - offset);
    await fh.read(buf, 0, buf.length, offset);
    return buf.toString('utf8');
  } finally {
    await fh.close();
  }
}

/** The log's last n lines, preceded by its first ERROR line when that scrolled out of them. */
function lastLines(text, n = 20) {
  const lines = text.trimEnd().split('\n');
  const tail = lines.slice(-n);
  const firstError = lines.find((l) => / ERROR /.test(l));
  return firstError && !tail.includes(firstError) ? [firstError, '...', ...tail].join('\n') : tail.join('\n');
}

/**
 * Formats KRaft storage in dataDir if needed, starts kafka.Kafka and resolves
 * once it is ready: { brokers: '127.0.0.1:<port>', pid, stop, logFile, exited }
 * (`exited` resolves with the exit code or signal once the JVM is gone).
 */
export async function startKafkaBroker({
  dataDir = DEFAULT_DATA_DIR,
  port = 9092,
  controllerPort = port + 1,
  saslPort = port + 2,
  // Where clients are told to reach the SASL listener: another port when a proxy stands in between.
  saslAdvertisedPort = saslPort,
  heapMb = 512,
  log = console.log,
  logFile,
  detached = false,
  cacheDir = DEFAULT_CACHE_DIR,
  readyTimeoutMs = 120_000,
} = {}) {
  dataDir = path.resolve(dataDir);
  logFile = path.resolve(logFile ?? path.join(dataDir, 'broker.log'));
  const logDir = path.join(dataDir, 'logs');
  const propsFile = path.join(dataDir, 'server.properties');
  const log4jFile = path.join(dataDir, 'log4j2.properties');
  const pidFile = path.join(dataDir, 'broker.pid');

  for (const p of [port, controllerPort, saslPort]) {
    if (await isPortOpen(HOST, p)) {
      const oldPid = Number.parseInt(await fsp.readFile(pidFile, 'utf8').catch(() => ''), 10);
      throw new Error(
        oldPid > 0 && isAlive(oldPid) && looksLikeKafka(oldPid)
          ? `Port ${HOST}:${p} is in use by the Kafka broker of ${dataDir} (pid ${oldPid}) left from an earlier run; ` +
              `stop it with: node tools/kafka/kafka-broker.mjs stop --data-dir ${dataDir}`
          : `Port ${HOST}:${p} is already in use by another process; pick another port.`,
      );
    }
  }
  await fsp.mkdir(dataDir, { recursive: true });
  await fsp.mkdir(path.dirname(logFile), { recursive: true });

  const classpath = await resolveKafkaClasspath({ cacheDir, log });
  await checkJava();
  await fsp.writeFile(
    propsFile,
    serverProperties({ port, controllerPort, saslPort, saslAdvertisedPort, logDir }),
  );
  const credentials = await principalCredentials(dataDir);
  // Storage formatted without today's principals (SCRAM users are set at format time) holds only
  // local development or test data, so it is formatted again with them.
  const scramMarker = path.join(logDir, '.scram-users');
  const formattedUsers = await fsp.readFile(scramMarker, 'utf8').catch(() => '');
  if (
    fs.existsSync(path.join(logDir, 'meta.properties')) &&
    formattedUsers !== `${Object.keys(credentials).join('\n')}\n`
  ) {
    log(`Re-formatting ${logDir}: its SCRAM users are not the current principals`);
    await fsp.rm(logDir, { recursive: true, force: true });
  }
  await fsp.writeFile(log4jFile, LOG4J2_PROPERTIES);
  const jvmArgs = [
    `-Xmx${heapMb}m`,
    // The client compiler only: this broker serves a laptop or a test run, where the server
    // compiler's work at start costs more processor time than its faster code saves (about 40% less
    // in a browser-suite run, and it serves sooner).
    '-XX:TieredStopAtLevel=1',
    '-Djava.awt.headless=true',
    `-Dlog4j2.configurationFile=${log4jFile}`,
    '-cp',
    classpath,
  ];

  if (!fs.existsSync(path.join(logDir, 'meta.properties'))) {
    const id = await clusterId(dataDir, logDir);
    log(`Formatting KRaft storage in ${logDir} (cluster id ${id})`);
    const { code, output } = await run(javaBin(), [
      ...jvmArgs,
      'kafka.tools.StorageTool',
      'format',
      '--standalone',
      '-t',
      id,
      '-c',
      propsFile,
      '--ignore-formatted',
      ...Object.entries(credentials).flatMap(([name, password]) => [
        '--add-scram',
        `SCRAM-SHA-512=[name=${name},password=${password}]`,
      ]),
    ]);
    if (code !== 0) throw new Error(`kafka-storage format failed (exit ${code}):\n${lastLines(output)}`);
    await fsp.writeFile(scramMarker, `${Object.keys(credentials).join('\n')}\n`);
  }

  const logOffset = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;
  const out = fs.openSync(logFile, 'a');
  const started = Date.now();
  const child = spawn(javaBin(), [...jvmArgs, 'kafka.Kafka', propsFile], {
    stdio: ['ignore', out, out],
    detached,
  });
  fs.closeSync(out);
  const spawnError = new Promise((_, reject) => child.once('error', reject));
  spawnError.catch(() => {});
  await Promise.race([new Promise((r) => child.once('spawn', r)), spawnError]);
  const pid = child.pid;
  const exited = new Promise((r) => child.once('exit', (code, signal) => r(signal ?? code)));
  await fsp.writeFile(pidFile, `${pid}\n`);

  // Without detached the broker must not outlive this process.
  const killOnExit = () => {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
  };
  if (detached) child.unref();
  else process.once('exit', killOnExit);

  let stopping;
  const stop = () =>
    (stopping ??= (async () => {
      process.removeListener('exit', killOnExit);
      await terminate(pid, { child });
      const current = await fsp.readFile(pidFile, 'utf8').catch(() => '');
      if (Number.parseInt(current, 10) === pid) await fsp.rm(pidFile, { force: true });
    })());

  log(`Starting Kafka ${kafkaVersion()} (pid ${pid}), log: ${logFile}`);
  const deadline = started + readyTimeoutMs;
  for (;;) {
    const text = await readLogSince(logFile, logOffset);
    if (!isAlive(pid)) {
      await stop();
      throw new Error(
        `Kafka broker exited before it was ready. Last log lines (${logFile}):\n${lastLines(text)}`,
      );
    }
    if (
      READY_PATTERN.test(text) &&
      (await isPortOpen(HOST, port)) &&
      (await findGroupCoordinator(HOST, port, 'kafka-broker-warmup')) === 0
    ) {
      break;
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `Kafka broker not ready after ${readyTimeoutMs / 1000} s. Last log lines (${logFile}):\n${lastLines(text)}`,
      );
    }
    await sleep(250);
  }
  log(`Kafka ready at ${HOST}:${port} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const access = { saslBrokers: `${HOST}:${saslAdvertisedPort}`, mechanism: 'scram-sha-512', credentials };
  await writeBrokerAccess(port, { pid, ...access });
  return { brokers: `${HOST}:${port}`, ...access, pid, stop, logFile, exited };
}

function parseArgs(argv) {
  const [command, ...rest] = argv;
  const opts = {};
  for (let i = 0; i < rest.length; i++) {
    const m = rest[i].match(/^--([a-z-]+)(?:=(.*))?$/);
    if (!m) throw new Error(`Unexpected argument: ${rest[i]}`);
    opts[m[1]] = m[2] ?? rest[++i];
  }
  return { command, opts };
}

async function main() {
  const { command, opts } = parseArgs(process.argv.slice(2));
  const dataDir = path.resolve(opts['data-dir'] ?? DEFAULT_DATA_DIR);
  if (command === 'classpath') {
    const cp = await resolveKafkaClasspath({ cacheDir: opts['cache-dir'], log: console.log });
    console.log(`Kafka ${kafkaVersion()} classpath: ${cp.split(path.delimiter).length} jars`);
  } else if (command === 'stop') {
    const stopped = await stopBrokerByPidFile(dataDir);
    console.log(
      stopped ? `Stopped the Kafka broker of ${dataDir}` : `No Kafka broker running for ${dataDir}`,
    );
  } else if (command === 'start') {
    const port = Number(opts.port ?? 9092);
    const broker = await startKafkaBroker({
      dataDir,
      port,
      controllerPort: opts['controller-port'] ? Number(opts['controller-port']) : port + 1,
      ...(opts['sasl-advertised-port'] ? { saslAdvertisedPort: Number(opts['sasl-advertised-port']) } : {}),
      heapMb: opts.heap ? Number(opts.heap) : undefined,
      cacheDir: opts['cache-dir'],
      log: console.log,
    });
    console.log(`Broker pid ${broker.pid}; Ctrl-C stops it`);
    let stopping = false;
    broker.exited.then((code) => {
      if (stopping) return;
      console.error(`Kafka broker exited on its own (${code}); see ${broker.logFile}`);
      process.exit(1);
    });
    const shutdown = async (signal) => {
      stopping = true;
      console.log(`${signal}: stopping Kafka ...`);
      await broker.stop();
      console.log('Kafka stopped');
      process.exit(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  } else {
    console.error(
      'Usage: node tools/kafka/kafka-broker.mjs start [--port 9092] [--controller-port 9093] [--sasl-advertised-port <port>] [--data-dir .local/kafka] [--heap 512]\n' +
        '       node tools/kafka/kafka-broker.mjs stop [--data-dir .local/kafka]\n' +
        '       node tools/kafka/kafka-broker.mjs classpath',
    );
    process.exitCode = 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  main().catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}

// Finds or starts what the platform runs on, in this order: endpoints from the environment
// (KAFKA_BROKERS, DATABASE_URL) -> a server already listening locally -> one this tooling starts
// (Kafka) -> a clear error that says what to install.
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brokerAccess, isPortOpen, startKafkaBroker } from '../kafka/kafka-broker.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const LOCAL_POSTGRES = { host: '127.0.0.1', port: 5432 };
export const LOCAL_KAFKA = { host: '127.0.0.1', port: 9092 };

/** A PostgreSQL URL for the platform's database, creating the database when it is missing. */
export async function resolveDatabase({ database = 'nrm', log = console.log } = {}) {
  if (process.env.DATABASE_URL) {
    log(`PostgreSQL: using DATABASE_URL from the environment`);
    return { url: process.env.DATABASE_URL, source: 'environment' };
  }
  if (!(await isPortOpen(LOCAL_POSTGRES.host, LOCAL_POSTGRES.port))) {
    throw new Error(
      'PostgreSQL is not reachable on 127.0.0.1:5432. Install and start it (apt-get install postgresql; ' +
        'pg_ctlcluster <version> main start) or set DATABASE_URL=postgres://user:password@host:5432/database',
    );
  }
  const { Client } = require('pg');
  const admin = new Client({
    host: LOCAL_POSTGRES.host,
    port: LOCAL_POSTGRES.port,
    user: 'postgres',
    database: 'postgres',
  });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  log(`PostgreSQL: using the local server on 127.0.0.1:5432, database ${database}`);
  return { url: `postgres://postgres@127.0.0.1:5432/${database}`, source: 'local' };
}

/**
 * Kafka brokers: from the environment, a broker already on 127.0.0.1:9092, or one started here (on
 * emptied data with `fresh`, as the tests' broker is).
 */
export async function resolveKafka({
  dataDir,
  logFile,
  detached = false,
  log = console.log,
  requireAccess = false,
  fresh = false,
} = {}) {
  if (process.env.KAFKA_BROKERS) {
    log(`Kafka: using KAFKA_BROKERS from the environment`);
    return { brokers: process.env.KAFKA_BROKERS, source: 'environment', stop: async () => {} };
  }
  if (await isPortOpen(LOCAL_KAFKA.host, LOCAL_KAFKA.port)) {
    log('Kafka: using the broker already listening on 127.0.0.1:9092');
    // A broker this checkout started has a SASL listener and principals; another one may not.
    const access = await brokerAccess(LOCAL_KAFKA.port);
    if (access || !requireAccess) {
      return { brokers: '127.0.0.1:9092', source: 'local', access, stop: async () => {} };
    }
    // Someone else's broker (no SASL principals known): the tests need their own.
    log('Kafka: the broker on 127.0.0.1:9092 is not one of this checkout; starting another on 9192');
    return startOwnBroker({ dataDir, logFile, detached, log, port: 9192, fresh });
  }
  return startOwnBroker({ dataDir, logFile, detached, log, port: LOCAL_KAFKA.port, fresh });
}

/**
 * The test tiers' broker (npm test, jest's and the browser suite's global setups): one of this checkout
 * with its principals, started on emptied data and left running for the other suites of the run.
 */
export function resolveTestKafka({ log }) {
  return resolveKafka({
    dataDir: path.join(ROOT, '.local', 'kafka-test'),
    logFile: path.join(ROOT, '.local', 'logs', 'kafka-test.log'),
    detached: true,
    requireAccess: true,
    fresh: true,
    log,
  });
}

async function startOwnBroker({ dataDir, logFile, detached, log, port, fresh }) {
  if (await isPortOpen(LOCAL_KAFKA.host, port)) {
    const access = await brokerAccess(port);
    if (access) return { brokers: `127.0.0.1:${port}`, source: 'local', access, stop: async () => {} };
  }
  // A test broker starts empty: topics left by earlier runs would only slow it down.
  if (fresh) await rm(path.join(dataDir, 'logs'), { recursive: true, force: true });
  log('Kafka: starting a single-node KRaft broker (jars from Maven Central, cached in .cache/kafka)...');
  const started = Date.now();
  const broker = await startKafkaBroker({
    dataDir,
    logFile,
    detached,
    port,
    log: () => {},
  });
  log(`Kafka: broker ready at ${broker.brokers} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const access = {
    saslBrokers: broker.saslBrokers,
    mechanism: broker.mechanism,
    credentials: broker.credentials,
  };
  return { brokers: broker.brokers, source: 'started', access, pid: broker.pid, stop: () => broker.stop() };
}

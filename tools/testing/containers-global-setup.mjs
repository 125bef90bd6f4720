// Jest global setup of the containers tier (jest.containers.config.cjs): when a container engine
// answers, PostgreSQL and Kafka run in containers of the images built on this machine, for this run
// alone; when none answers, the usual global setup finds or starts them as for `npm test`. Either
// way the tests receive the same NRM_TEST_* variables, and NRM_TEST_CONTAINERS says which it was.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../build.mjs';
import usualGlobalSetup from './global-setup.mjs';

const require = createRequire(import.meta.url);
const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

export default async function containersGlobalSetup(globalConfig, projectConfig) {
  if (globalThis.__nrmTestInfrastructure) return;
  const log = (line) => process.stdout.write(`[test infrastructure] ${line}\n`);
  await build({ quiet: true });
  // The helpers of @nrm/testing as just built into dist/ (a global setup runs outside jest's
  // TypeScript transform), the way the platform's tools load compiled services.
  const containers = require(path.join(DIST, 'libs', 'testing', 'src', 'index.js'));
  const engine = await containers.probeContainerEngine();
  if (!engine.available) {
    log(
      `no container engine answered (${engine.reason}): the usual infrastructure, no container fault tests`,
    );
    process.env.NRM_TEST_CONTAINERS = 'none';
    return usualGlobalSetup(globalConfig, projectConfig);
  }
  const reaped = await containers.reapLeftContainers();
  log(
    `containers: ${engine.description}; ${containers.TEST_IMAGES.postgres} and ${containers.TEST_IMAGES.kafka}` +
      (reaped ? `; removed ${reaped} left by an earlier run` : ''),
  );
  // This process owns the run's containers (its workers' too) and removes them, also when interrupted.
  containers.guardRunContainers();
  const started = Date.now();
  const [database, kafka] = await Promise.allSettled([
    containers.startPostgresContainer(),
    containers.startKafkaContainer(),
  ]);
  if (database.status === 'rejected' || kafka.status === 'rejected') {
    await containers.removeRunContainers();
    throw database.reason ?? kafka.reason;
  }
  globalThis.__nrmTestInfrastructure = { containers, stopped: false };
  process.env.NRM_TEST_DATABASE_URL = database.value.url;
  process.env.NRM_TEST_KAFKA_BROKERS = kafka.value.brokers;
  process.env.NRM_TEST_KAFKA_ACCESS = JSON.stringify(kafka.value.access);
  process.env.NRM_TEST_RUN = randomBytes(3).toString('hex');
  process.env.NRM_TEST_CONTAINERS = 'engine';
  log(
    `PostgreSQL at ${database.value.url}, Kafka at ${kafka.value.brokers} (SASL ${kafka.value.access.saslBrokers}), ` +
      `ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

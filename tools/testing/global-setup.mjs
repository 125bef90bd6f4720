// Jest global setup for the integration and end-to-end tiers: builds dist/, then finds or starts
// PostgreSQL and Kafka (environment -> local server -> started here) and hands their endpoints to
// the tests through environment variables. Runs once per jest run, however many projects use it.
import { randomBytes } from 'node:crypto';
import { build } from '../build.mjs';
import { resolveDatabase, resolveTestKafka } from '../platform/infrastructure.mjs';

export default async function globalSetup() {
  if (globalThis.__nrmTestInfrastructure) return;
  const log = (line) => process.stdout.write(`[test infrastructure] ${line}\n`);
  // `npm test` builds once before its suites run side by side (tools/testing/run-tests.mjs).
  if (!process.env.NRM_TEST_BUILT) await build({ quiet: true });
  const database = await resolveDatabase({ database: 'nrm_test', log });
  // The tests connect services as SASL principals and read as analysts: a broker of this checkout.
  const kafka = await resolveTestKafka({ log });
  globalThis.__nrmTestInfrastructure = { kafka, stopped: false };
  process.env.NRM_TEST_DATABASE_URL = database.url;
  process.env.NRM_TEST_KAFKA_BROKERS = kafka.brokers;
  if (kafka.access) process.env.NRM_TEST_KAFKA_ACCESS = JSON.stringify(kafka.access);
  process.env.NRM_TEST_RUN = randomBytes(3).toString('hex');
}

import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FullConfig } from '@playwright/test';
import { CHROMIUM_PATH } from './support/chromium';

const ROOT = path.resolve(__dirname, '..', '..');

interface StartedKafka {
  brokers: string;
  access?: unknown;
  stop(): Promise<void>;
}

/**
 * Builds the services and the console, finds or starts PostgreSQL and Kafka as the other tiers do,
 * and starts the whole platform in one process on its own topics and schemas. Returns the teardown.
 */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  const log = (line: string) => process.stdout.write(`[browser suite] ${line}\n`);
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `no Chromium at ${CHROMIUM_PATH}: install Debian's package (apt-get install -y chromium-headless-shell) or set CHROMIUM_PATH`,
    );
  }
  const { build } = (await import(path.join(ROOT, 'tools/build.mjs'))) as {
    build(o: { quiet: boolean }): Promise<void>;
  };
  const { resolveDatabase, resolveTestKafka } = (await import(
    path.join(ROOT, 'tools/platform/infrastructure.mjs')
  )) as {
    resolveDatabase(o: object): Promise<{ url: string }>;
    resolveTestKafka(o: object): Promise<StartedKafka>;
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the launcher is CommonJS
  const { deleteTopics, launchPlatform } = require(path.join(ROOT, 'tools/platform/launcher.cjs'));
  if (!process.env.NRM_TEST_BUILT) await build({ quiet: true });
  const database = await resolveDatabase({ database: 'nrm_test', log });
  const kafka = await resolveTestKafka({ log });
  const name = `browser_${randomBytes(3).toString('hex')}`;
  const platform = await launchPlatform({
    databaseUrl: database.url,
    brokers: kafka.brokers,
    ...(kafka.access ? { kafkaAccess: kafka.access } : {}),
    topicPrefix: `${name}.`,
    schemaPrefix: `${name}_`,
    basePort: 3900 + Number(process.env.NRM_TEST_PORT_OFFSET ?? 0),
    logDir: path.join(ROOT, '.local', 'logs', name),
    singleProcess: true,
    serviceEnv: {
      gateway: { RATE_LIMIT_USER_PER_MINUTE: '100000', RATE_LIMIT_AGENCY_PER_MINUTE: '1000000' },
    },
  });
  process.env.NRM_CONSOLE_URL = platform.gatewayUrl;
  // A file that starts a gateway of its own beside the platform's (the OpenID Connect sign-in) starts
  // it with this environment, changed where it differs.
  process.env.NRM_GATEWAY_ENV = JSON.stringify(
    platform.services.find((s: { name: string }) => s.name === 'gateway').env,
  );
  process.env.NRM_BROWSER_LOG_DIR = path.join(ROOT, '.local', 'logs', name);
  log(`console at ${platform.gatewayUrl}/`);
  return async () => {
    await platform.kill();
    await deleteTopics({ brokers: kafka.brokers, topicPrefix: `${name}.` });
    await kafka.stop();
    const { Client } = await import('pg');
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ nspname: string }>(
      'SELECT nspname FROM pg_namespace WHERE nspname LIKE $1',
      [`${name}%`],
    );
    for (const { nspname } of rows) await client.query(`DROP SCHEMA "${nspname}" CASCADE`);
    await client.end();
  };
}

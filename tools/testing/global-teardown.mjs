// Stops the broker the global setup started (if it started one) and drops this run's test schemas.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export default async function globalTeardown() {
  const infra = globalThis.__nrmTestInfrastructure;
  if (!infra || infra.stopped) return;
  infra.stopped = true;
  const { Client } = require('pg');
  const client = new Client({ connectionString: process.env.NRM_TEST_DATABASE_URL });
  try {
    await client.connect();
    const { rows } = await client.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE $1`, [
      `t${process.env.NRM_TEST_RUN}%`,
    ]);
    for (const { nspname } of rows) await client.query(`DROP SCHEMA "${nspname}" CASCADE`);
  } finally {
    await client.end().catch(() => {});
  }
  await infra.kafka.stop();
}

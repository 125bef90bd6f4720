// Data keys: what sealing a personal field with its case's own data key costs, against raw
// baselines measured in the same run.
//
//   npm run bench:data-keys -- [--ops 20000] [--concurrency 16]
//
// The keyring (libs/security DataKeyring) reads the case's key row in the caller's transaction on
// every seal or open, so that an erasure is honoured at once on every replica, and caches only the
// unwrapped key. Measured, one operation after another and then `--concurrency` at a time:
// - raw AES-256-GCM: seal one 200-byte field with a key in memory (what a single master key cost);
// - raw round trip: one `SELECT 1` on a pooled PostgreSQL connection (the least a keyed read costs);
// - keyring, existing case: sealerFor (key row read, unwrapped key from the cache) and one seal;
// - keyring, new case: sealerFor creating the key (read, wrap, insert) and one seal.
// Results are printed and written to bench/results/.
import { createCipheriv, randomBytes, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from '../tools/build.mjs';
import { resolveDatabase } from '../tools/platform/infrastructure.mjs';
import { ROOT, machine, measureOps, parseArgs, writeResult } from './support.mjs';

const require = createRequire(import.meta.url);
const args = parseArgs();
const OPS = Number(args.ops ?? 20_000);
const CONCURRENCY = Number(args.concurrency ?? 16);
const FIELD = 'x'.repeat(200);

const measure = (label, parallel, op) => measureOps(label, parallel, OPS, op, { unit: 'ops', width: 34 });

await build({ quiet: true });
const database = await resolveDatabase({ log: () => {} });
const { createServiceDataSource, migrateServiceDatabase } = require(
  path.join(ROOT, 'dist/libs/persistence/src'),
);
const { DataKeyring, DataKeysTable1764400000030, LocalKeyProvider } = require(
  path.join(ROOT, 'dist/libs/security/src'),
);
const options = {
  url: database.url,
  schema: `bench_keys_${Date.now().toString(36)}`,
  applicationName: 'bench-data-keys',
  migrations: [DataKeysTable1764400000030],
  poolSize: CONCURRENCY,
};
await migrateServiceDatabase(options);
const dataSource = createServiceDataSource(options);
await dataSource.initialize();
const keyring = new DataKeyring(new LocalKeyProvider(`bench:${randomBytes(32).toString('base64')}`));
const existing = Array.from({ length: 1000 }, () => randomUUID());
for (const caseId of existing) await keyring.sealerFor(dataSource.manager, caseId);

const rawKey = randomBytes(32);
const rawSeal = () => {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', rawKey, iv);
  cipher.setAAD(Buffer.from('case'));
  return Buffer.concat([cipher.update(FIELD, 'utf8'), cipher.final(), cipher.getAuthTag()]);
};

const runs = [];
try {
  for (const parallel of [1, CONCURRENCY]) {
    runs.push(await measure('raw AES-256-GCM seal', parallel, async () => rawSeal()));
    runs.push(await measure('raw SELECT 1 round trip', parallel, () => dataSource.query('SELECT 1')));
    runs.push(
      await measure('keyring: existing case, one seal', parallel, async (i) =>
        (await keyring.sealerFor(dataSource.manager, existing[i % existing.length])).seal(FIELD),
      ),
    );
    runs.push(
      await measure('keyring: new case, one seal', parallel, async () =>
        (await keyring.sealerFor(dataSource.manager, randomUUID())).seal(FIELD),
      ),
    );
  }
} finally {
  await dataSource.query(`DROP SCHEMA "${options.schema}" CASCADE`);
  await dataSource.destroy();
}

const report = { at: new Date().toISOString(), machine: machine(), ops: OPS, runs };
const file = writeResult('data-keys', report);
console.log(`written to ${path.relative(ROOT, file)}`);

// Case-view reads through the gateway, against a raw baseline measured in the same run.
//
//   npm run bench:case-view -- [--rates 50,100,200] [--seconds 20] [--cases 200] [--profile <service>] [--single-process]
//
// The platform runs as separate processes (as `npm start` runs it). It is given --cases referrals,
// then GET /api/v1/cases/{id} is sent at fixed arrival rates (an open model: a slow answer does not
// slow the next request) for random cases, as the referring agency's first responder. The case view
// is composed by the gateway from five services: intake first, then identification, protection,
// prosecution tracking and notifications in parallel. The raw baseline does the same reads with no
// framework: a bare node:http server reading one row by key, then four rows in parallel, from
// PostgreSQL, and answering JSON. Percentiles are exact; results are printed and written to
// bench/results/.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { devToken } from '../tools/platform/dev-token.mjs';
import {
  ROOT,
  benchInfrastructure,
  launchBenchPlatform,
  machine,
  parseArgs,
  percentiles,
  referralBody,
  rssMb,
  sleep,
  writeResult,
  runBenchmark,
} from './support.mjs';

const require = createRequire(import.meta.url);

const args = parseArgs();
const RATES = (args.rates ?? '50,100,200').split(',').map(Number);
const SECONDS = Number(args.seconds ?? 20);
const CASES = Number(args.cases ?? 200);
const WARM_UP_SECONDS = 5;

/** Sends `rate` requests a second for `seconds` through `read(i)`; latencies of the 200 answers. */
async function drive(label, rate, seconds, read) {
  const total = rate * seconds;
  const started = performance.now();
  const latencies = [];
  const statuses = {};
  let sent = 0;
  const progress = setInterval(() => {
    process.stderr.write(
      `\r${label} ${rate}/s  ${((performance.now() - started) / 1000).toFixed(0)} s  sent ${sent}/${total}  answered ${latencies.length}   `,
    );
  }, 500);
  const inFlight = [];
  for (let i = 0; i < total; i += 1) {
    const wait = started + (i * 1000) / rate - performance.now();
    if (wait > 1) await sleep(wait);
    const sentAt = performance.now();
    sent += 1;
    inFlight.push(
      read(i).then(
        (status) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status === 200) latencies.push(performance.now() - sentAt);
        },
        () => (statuses.error = (statuses.error ?? 0) + 1),
      ),
    );
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - started) / 1000;
  clearInterval(progress);
  process.stderr.write('\n');
  return {
    rate,
    sent,
    statuses,
    answeredPerS: Math.round((latencies.length / elapsed) * 10) / 10,
    latencyMs: percentiles(latencies),
  };
}

async function benchPlatform({ databaseUrl, kafka }) {
  const { platform } = await launchBenchPlatform('benchview', { databaseUrl, kafka }, args.profile);
  try {
    const token = await devToken('first_responder', 'kw-moi-police');
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const caseIds = [];
    for (let i = 0; i < CASES; i += 1) {
      const res = await fetch(`${platform.gatewayUrl}/api/v1/referrals`, {
        method: 'POST',
        headers,
        body: JSON.stringify(referralBody(i)),
      });
      if (res.status !== 201) throw new Error(`a referral was refused: ${res.status}`);
      caseIds.push((await res.json()).caseId);
      if (i % 20 === 0) process.stderr.write(`\rreferrals ${i + 1}/${CASES}   `);
    }
    process.stderr.write('\n');
    await sleep(5000); // the referrals reach every service
    const read = (i) =>
      fetch(`${platform.gatewayUrl}/api/v1/cases/${caseIds[(i * 7919) % caseIds.length]}`, { headers }).then(
        async (res) => {
          await res.arrayBuffer();
          return res.status;
        },
      );
    await drive('platform warm-up', 50, WARM_UP_SECONDS, read);
    const results = [];
    for (const rate of RATES) {
      const result = await drive('platform', rate, SECONDS, read);
      result.rssMb = Object.fromEntries(platform.processes.map((p) => [p.name, rssMb(p.child.pid)]));
      results.push(result);
    }
    return results;
  } finally {
    await platform.stop();
  }
}

async function rawBaseline({ databaseUrl }) {
  const { Pool } = require('pg');
  const label = `benchview_raw_${Date.now().toString(36)}`;
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const tables = ['referral', 'screening', 'protection_case', 'timeline', 'inbox_item'];
  await pool.query(`CREATE SCHEMA ${label}`);
  const ids = [];
  try {
    for (const t of tables)
      await pool.query(`CREATE TABLE ${label}.${t} (case_id uuid PRIMARY KEY, body jsonb NOT NULL)`);
    for (let i = 0; i < CASES; i += 1) {
      const id = crypto.randomUUID();
      ids.push(id);
      for (const t of tables)
        await pool.query(`INSERT INTO ${label}.${t} VALUES ($1, $2)`, [
          id,
          JSON.stringify({ ...referralBody(i), t }),
        ]);
    }
    const byId = (t, id) => pool.query(`SELECT body FROM ${label}.${t} WHERE case_id = $1`, [id]);
    const server = createServer(async (req, res) => {
      const id = req.url.slice(1);
      const referral = await byId('referral', id);
      if (referral.rowCount === 0) return void res.writeHead(404).end();
      const rest = await Promise.all(tables.slice(1).map((t) => byId(t, id)));
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ referral: referral.rows[0].body, rest: rest.map((r) => r.rows[0]?.body) }));
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${server.address().port}/`;
    const read = (i) =>
      fetch(`${url}${ids[(i * 7919) % ids.length]}`).then(async (res) => {
        await res.arrayBuffer();
        return res.status;
      });
    await drive('raw warm-up', 50, WARM_UP_SECONDS, read);
    const results = [];
    for (const rate of RATES) results.push(await drive('raw', rate, SECONDS, read));
    server.close();
    return results;
  } finally {
    await pool.query(`DROP SCHEMA ${label} CASCADE`);
    await pool.end();
  }
}

runBenchmark(async () => {
  const infrastructure = await benchInfrastructure();
  const raw = await rawBaseline(infrastructure);
  const platform = await benchPlatform(infrastructure);
  const comparison = RATES.map((rate, i) => ({
    rate,
    platformAnsweredPerS: platform[i].answeredPerS,
    rawAnsweredPerS: raw[i].answeredPerS,
    platformP50Ms: platform[i].latencyMs.p50,
    platformP99Ms: platform[i].latencyMs.p99,
    rawP50Ms: raw[i].latencyMs.p50,
    rawP99Ms: raw[i].latencyMs.p99,
    p99Ratio: raw[i].latencyMs.p99
      ? Math.round((platform[i].latencyMs.p99 / raw[i].latencyMs.p99) * 10) / 10
      : null,
    platformNot200: platform[i].sent - (platform[i].statuses[200] ?? 0),
    maxRssMb: Math.max(...Object.values(platform[i].rssMb).filter(Boolean)),
  }));
  const report = {
    benchmark: 'case-view',
    at: new Date().toISOString(),
    machine: machine(),
    seconds: SECONDS,
    cases: CASES,
    comparison,
    platform,
    raw,
  };
  const file = writeResult('case-view', report);
  console.table(comparison);
  console.log(`written to ${path.relative(ROOT, file)}`);
});

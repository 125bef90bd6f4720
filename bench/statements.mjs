// Round trips per referral: the SQL statements each service sends for one referral's whole lifecycle.
//
//   npm run bench:statements -- [--referrals 200] [--rate 10] [--top 25] [--single-process]
//
// Starts a PostgreSQL of its own with pg_stat_statements, runs the platform on it with a database
// role per service (so statements are counted by service), sends referrals to the gateway at a fixed
// rate, waits until each referrer's notification reached the webhook receiver and the services are
// quiet, then prints statements and transactions per referral by service and the most frequent
// statements, with the time PostgreSQL spent executing them. Only statements a service sends count
// (not those its triggers and foreign keys run).
// A profile, not a benchmark: no baseline, no timings.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { devToken } from '../tools/platform/dev-token.mjs';
import {
  ROOT,
  benchInfrastructure,
  launchBenchPlatform,
  onCleanup,
  parseArgs,
  referralBody,
  runBenchmark,
  sleep,
  writeResult,
} from './support.mjs';

const require = createRequire(import.meta.url);
const args = parseArgs();
const REFERRALS = Number(args.referrals ?? 200);
const RATE = Number(args.rate ?? 10);
const TOP = Number(args.top ?? 60);
const PORT = 55433;
// The services with a database: the launcher's list without the gateway.
const SERVICES = require('../tools/platform/launcher.cjs')
  .SERVICES.map((s) => s.name)
  .filter((name) => name !== 'gateway');
const roleOf = (service) => `nrm_${service.replace(/-/g, '_')}`;

runBenchmark(async () => {
  const { kafka } = await benchInfrastructure();
  const { PostgresInstance } = require(path.join(ROOT, 'dist', 'libs', 'testing', 'src'));
  const { Client } = require('pg');
  const postgres = new PostgresInstance(PORT, {
    shared_preload_libraries: 'pg_stat_statements',
    'pg_stat_statements.track': 'all',
  });
  postgres.start();
  onCleanup(() => postgres.stop());
  const admin = new Client({ connectionString: postgres.url });
  await admin.connect();
  onCleanup(() => admin.end());
  await admin.query('CREATE DATABASE nrm');
  for (const service of SERVICES) await admin.query(`CREATE ROLE ${roleOf(service)} SUPERUSER LOGIN`);
  const url = (role) => `postgres://${role}@127.0.0.1:${PORT}/nrm`;
  const stats = new Client({ connectionString: url('postgres') });
  await stats.connect();
  onCleanup(() => stats.end());
  await stats.query('CREATE EXTENSION pg_stat_statements');

  let delivered = 0;
  const receiver = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      delivered += 1;
      res.writeHead(204).end();
    });
  });
  await new Promise((r) => receiver.listen(0, '127.0.0.1', r));
  onCleanup(() => receiver.close());
  const serviceEnv = Object.fromEntries(SERVICES.map((s) => [s, { DATABASE_URL: url(roleOf(s)) }]));
  const { platform } = await launchBenchPlatform(
    'benchsql',
    { databaseUrl: url('postgres'), kafka },
    undefined,
    serviceEnv,
  );
  const adminToken = await devToken('administrator', 'kw-moi-police');
  const put = await fetch(`${platform.gatewayUrl}/api/v1/agency/webhook`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ url: `http://127.0.0.1:${receiver.address().port}/hook` }),
  });
  if (put.status !== 200) throw new Error(`webhook setup answered ${put.status}`);
  await sleep(3000);
  await stats.query('SELECT pg_stat_statements_reset()');

  const token = await devToken('first_responder', 'kw-moi-police');
  const started = performance.now();
  const sends = [];
  for (let i = 0; i < REFERRALS; i += 1) {
    const wait = started + (i * 1000) / RATE - performance.now();
    if (wait > 1) await sleep(wait);
    sends.push(
      fetch(`${platform.gatewayUrl}/api/v1/referrals`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(referralBody(i)),
      }).then((r) => r.status),
    );
  }
  const statuses = await Promise.all(sends);
  const accepted = statuses.filter((s) => s === 201).length;
  const deadline = performance.now() + 60_000;
  while (delivered < accepted && performance.now() < deadline) await sleep(200);
  await sleep(3000); // the analytics stream and the relays finish

  const { rows } = await stats.query(
    `SELECT r.rolname AS role, s.query, s.calls::int AS calls, s.total_exec_time AS ms
       FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid
      WHERE r.rolname LIKE 'nrm\\_%' AND s.toplevel`,
  );
  const perReferral = (n) => Math.round((n / accepted) * 10) / 10;
  const byService = SERVICES.map((service) => {
    const mine = rows.filter((r) => r.role === roleOf(service));
    const total = mine.reduce((a, r) => a + r.calls, 0);
    const commits = mine.filter((r) => /^\s*COMMIT/i.test(r.query)).reduce((a, r) => a + r.calls, 0);
    return {
      service,
      statementsPerReferral: perReferral(total),
      transactionsPerReferral: perReferral(commits),
    };
  });
  const top = [...rows]
    .sort((a, b) => b.calls - a.calls)
    .slice(0, TOP)
    .map((r) => ({
      service: r.role.replace(/^nrm_/, ''),
      perReferral: perReferral(r.calls),
      msPerReferral: Math.round((r.ms / accepted) * 100) / 100,
      statement: r.query.replace(/\s+/g, ' ').slice(0, 110),
    }));
  const total = byService.reduce((a, s) => a + s.statementsPerReferral, 0);
  const report = {
    benchmark: 'statements',
    at: new Date().toISOString(),
    referrals: REFERRALS,
    rate: RATE,
    accepted,
    delivered,
    statementsPerReferral: Math.round(total * 10) / 10,
    byService,
    top,
  };
  const file = writeResult('statements', report);
  console.table(byService);
  console.table(top);
  console.log(
    `${report.statementsPerReferral} statements per referral (${accepted} referrals, ${delivered} delivered)`,
  );
  console.log(`written to ${path.relative(ROOT, file)}`);
});

// Idle CPU of the platform as `npm start` runs it: nothing sent, after a settling time, as a share of one
// core, for the platform's processes, the broker and PostgreSQL (all of this machine's PostgreSQL
// processes, so run it with nothing else using the database).
//
//   npm run bench:idle -- [--settle-seconds 120] [--seconds 60] [--processes]
//
// Starts `npm start` (every service in one process, or one each with --processes) with its broker,
// waits for the banner and the settling time, reads /proc over --seconds, and stops everything.
import { spawn } from 'node:child_process';
import path from 'node:path';
import {
  ROOT,
  cpuMeter,
  kafkaPids,
  machine,
  onCleanup,
  parseArgs,
  postgresPids,
  rssMb,
  runBenchmark,
  sleep,
  writeResult,
} from './support.mjs';

const args = parseArgs();
const SETTLE_SECONDS = Number(args['settle-seconds'] ?? 120);
const SECONDS = Number(args.seconds ?? 60);
const processes = 'processes' in args;

/** Every process `npm start` started: its child processes, found through /proc. */
async function descendants(pid) {
  const { readdirSync, readFileSync } = await import('node:fs');
  const parentOf = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {}
  }
  const found = [];
  const walk = (p) => {
    for (const [child, parent] of parentOf) {
      if (parent !== p) continue;
      found.push(child);
      walk(child);
    }
  };
  walk(pid);
  return found;
}

runBenchmark(async () => {
  const start = spawn(
    process.execPath,
    [path.join(ROOT, 'tools', 'platform', 'start.mjs'), ...(processes ? ['--processes'] : [])],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  onCleanup(
    () =>
      new Promise((resolve) => {
        if (start.exitCode !== null) return resolve();
        start.once('exit', resolve);
        start.kill('SIGINT');
      }),
  );
  await new Promise((resolve, reject) => {
    let out = '';
    start.stdout.on('data', (d) => {
      out += d;
      if (out.includes('is ready')) resolve();
    });
    start.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${out}`)));
  });
  process.stderr.write(`ready; settling for ${SETTLE_SECONDS} s...\n`);
  await sleep(SETTLE_SECONDS * 1000);
  const node = (await descendants(start.pid)).filter((pid) => !kafkaPids().includes(pid));
  const meter = cpuMeter({ platform: node, kafka: kafkaPids, postgres: postgresPids });
  process.stderr.write(`measuring for ${SECONDS} s...\n`);
  await sleep(SECONDS * 1000);
  const { byGroup, total, seconds } = meter.read();
  const share = (s) => Math.round((s / seconds) * 1000) / 10;
  const report = {
    benchmark: 'idle',
    at: new Date().toISOString(),
    machine: machine(),
    mode: processes ? 'one process per service' : 'every service in one process',
    settleSeconds: SETTLE_SECONDS,
    seconds,
    percentOfACore: share(total),
    byGroupPercent: Object.fromEntries(Object.entries(byGroup).map(([k, v]) => [k, share(v)])),
    platformRssMb: node.reduce((sum, pid) => sum + (rssMb(pid) ?? 0), 0),
  };
  const file = writeResult('idle', report);
  console.log(JSON.stringify(report));
  console.log(`written to ${path.relative(ROOT, file)}`);
});

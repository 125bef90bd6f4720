// What the benchmarks share: arguments, exact percentiles, memory, a referral body, the machine, the
// infrastructure and where results are written.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../tools/build.mjs';
import { populationOf } from '../tools/duplicates/population.mjs';
import { mulberry32 } from '../tools/duplicates/seeded-random.mjs';
import { resolveDatabase, resolveKafka } from '../tools/platform/infrastructure.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** `--name value` pairs of the command line. */
export function parseArgs(argv = process.argv.slice(2)) {
  return Object.fromEntries(
    argv.flatMap((a, i, all) => (a.startsWith('--') ? [[a.slice(2), all[i + 1]]] : [])),
  );
}

/** p50, p99, p99.9 and max of a list of milliseconds. */
export function percentiles(samples) {
  if (samples.length === 0) return { n: 0 };
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  const r = (x) => Math.round(x * 10) / 10;
  return { n: s.length, p50: r(at(0.5)), p99: r(at(0.99)), p999: r(at(0.999)), max: r(s[s.length - 1]) };
}

/**
 * Runs `op` `ops` times, `parallel` at a time; prints and returns operations per second and latencies.
 * `unit` names what one operation is in the printed line (`ops`, `msg`).
 */
export async function measureOps(label, parallel, ops, op, { unit = 'ops', width = 34 } = {}) {
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < ops) {
        const i = next++;
        const t = performance.now();
        await op(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const result = {
    label,
    parallel,
    opsPerSecond: Math.round(ops / seconds),
    latencyMs: percentiles(latencies),
  };
  console.log(
    `${label.padEnd(width)} x${String(parallel).padEnd(3)} ${String(result.opsPerSecond).padStart(8)} ${unit}/s` +
      `  p50 ${result.latencyMs.p50} ms  p99 ${result.latencyMs.p99} ms`,
  );
  return result;
}

export function rssMb(pid) {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Math.round(kb / 1024);
  } catch {
    return undefined;
  }
}

const population = populationOf(mulberry32(20261205));

/** A referral of a new person, drawn from a seeded population. */
export function referralBody() {
  return {
    channel: 'police',
    encounter: { date: new Date().toISOString().slice(0, 10), place: 'Bench street' },
    // People as varied as a real caseload's (tools/duplicates/population.mjs): a run of look-alike
    // names would make every referral a suspected duplicate of the ones before it.
    person: population.person(),
    exploitationTypes: ['domestic_servitude'],
    immediateRisks: [],
    interpreter: { needed: false },
    consent: { referral: true, language: 'en' },
  };
}

export function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
}

/**
 * What a benchmark started, stopped in reverse order when it ends, fails or is interrupted (SIGINT,
 * SIGTERM): nothing it started outlives it, the broker included.
 */
const cleanups = [];
let cleaning;
export function onCleanup(stop) {
  cleanups.push(stop);
}
export function cleanUp() {
  cleaning ??= (async () => {
    for (const stop of cleanups.reverse())
      await Promise.resolve()
        .then(stop)
        .catch(() => {});
  })();
  return cleaning;
}
/** Runs `main`, then cleans up and exits: 0 when it resolved, 1 when it threw or was interrupted. */
export function runBenchmark(main) {
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => {
      process.stderr.write(`\n${signal}: stopping what the benchmark started...\n`);
      void cleanUp().then(() => process.exit(130));
    });
  main().then(
    () => cleanUp().then(() => process.exit(0)),
    (error) => {
      process.stderr.write(`\nbenchmark failed: ${error?.stack ?? error}\n`);
      void cleanUp().then(() => process.exit(1));
    },
  );
}

/**
 * Builds dist/ and finds or starts PostgreSQL and Kafka, as `npm start` does. A broker started here
 * is stopped when the benchmark ends.
 */
export async function benchInfrastructure() {
  await build({ quiet: true });
  const database = await resolveDatabase({ log: () => {} });
  const kafka = await resolveKafka({
    dataDir: path.join(ROOT, '.local', 'kafka'),
    logFile: path.join(ROOT, '.local', 'logs', 'kafka.log'),
    log: (l) => process.stderr.write(`${l}\n`),
  });
  if (kafka.source === 'started') onCleanup(() => kafka.stop());
  return { databaseUrl: database.url, kafka };
}

const CLOCK_TICKS_PER_S = 100; // USER_HZ on Linux

/** utime, stime, cutime and cstime of a process in seconds, or undefined once it is gone. */
function processTimes(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
    return { own: (utime + stime) / CLOCK_TICKS_PER_S, children: (cutime + cstime) / CLOCK_TICKS_PER_S };
  } catch {
    return undefined;
  }
}

function pidsWhere(test) {
  const pids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (test(entry)) pids.push(Number(entry));
    } catch {}
  }
  return pids;
}

/** Every PostgreSQL process of this machine: the postmaster, its backends and workers. */
export const postgresPids = () =>
  pidsWhere((pid) => readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres');

/** The Kafka brokers running on this machine (the JVM whose main class is kafka.Kafka). */
export const kafkaPids = () =>
  pidsWhere((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('kafka.Kafka'));

/**
 * CPU seconds (user + system, from /proc) used by groups of processes between two readings. For
 * PostgreSQL, every backend's own time plus what exited backends left in the postmaster's children
 * total, so connections opened and closed in between count too.
 */
export function cpuMeter(groups) {
  const read = () => {
    const out = {};
    for (const [name, pids] of Object.entries(groups)) {
      let total = 0;
      for (const pid of typeof pids === 'function' ? pids() : pids) {
        const t = processTimes(pid);
        if (t) total += t.own + (name === 'postgres' ? t.children : 0);
      }
      out[name] = total;
    }
    return out;
  };
  let start = read();
  let startedAt = performance.now();
  return {
    restart() {
      start = read();
      startedAt = performance.now();
    },
    /** CPU seconds per group since the last restart, their total, and the wall-clock seconds. */
    read() {
      const now = read();
      const byGroup = Object.fromEntries(
        Object.keys(now).map((k) => [k, Math.round((now[k] - (start[k] ?? 0)) * 100) / 100]),
      );
      const total = Math.round(Object.values(byGroup).reduce((a, b) => a + b, 0) * 100) / 100;
      return { byGroup, total, seconds: Math.round((performance.now() - startedAt) / 100) / 10 };
    },
  };
}

/** Writes a report to bench/results/<name>-<time>.json; returns the path. */
export function writeResult(name, report) {
  mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
  const file = path.join(
    ROOT,
    'bench',
    'results',
    `${name}-${report.at.slice(0, 19).replace(/:/g, '')}.json`,
  );
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

/**
 * The platform under a fresh topic and schema prefix, with quotas out of the way: one process per
 * service, or every service in one process with `--single-process`; `profile` names a service (or
 * `platform`, the single process) to run with a V8 CPU profile, written to bench/results/ on stop;
 * `extraEnv` adds variables by service.
 */
export async function launchBenchPlatform(name, { databaseUrl, kafka }, profile, extraEnv = {}) {
  const { launchPlatform } = createRequire(import.meta.url)('../tools/platform/launcher.cjs');
  const label = `${name}_${Date.now().toString(36)}`;
  const profiling = { NRM_NODE_ARGS: `--cpu-prof --cpu-prof-dir=${path.join(ROOT, 'bench', 'results')}` };
  const platform = await launchPlatform({
    databaseUrl,
    brokers: kafka.brokers,
    kafkaAccess: kafka.access,
    topicPrefix: `${label}.`,
    schemaPrefix: `${label}_`,
    basePort: 5000,
    logDir: path.join(ROOT, '.local', 'logs', label),
    singleProcess: 'single-process' in parseArgs(),
    serviceEnv: {
      ...extraEnv,
      ...(profile ? { [profile]: { ...extraEnv[profile], ...profiling } } : {}),
      gateway: {
        RATE_LIMIT_USER_PER_MINUTE: '10000000',
        RATE_LIMIT_AGENCY_PER_MINUTE: '10000000',
        ...(profile === 'gateway' ? profiling : {}),
      },
    },
  });
  onCleanup(() => platform.stop());
  // A launcher without the single-process platform (an older checkout) has a process per service.
  platform.processes ??= platform.services.map((s) => ({ name: s.name, child: s.child }));
  return { platform, label };
}

// Lifecycle throughput and latency, against a raw baseline measured in the same run.
//
//   npm run bench:lifecycle -- [--rates 10,25,50,100] [--seconds 20] [--idle-seconds 20]
//                              [--warm-up-seconds 10] [--single-process]
//
// The platform runs as separate processes (as `npm start` runs it). Referrals are sent to the gateway
// at fixed arrival rates (an open model: a slow answer does not slow the next send) and each is
// followed to three points: accepted (201 from the gateway), screening opened (the event seen on
// Kafka) and the referrer's notification delivered to a webhook receiver of this script. The raw
// baseline does the same hops with no framework: HTTP in, a PostgreSQL insert and a kafkajs produce,
// two consumers that each insert and produce (the second posts to the webhook receiver), HTTP out.
// Percentiles are exact (every sample is kept). CPU is read from /proc for every process on the
// path (the services or the raw chain, the broker, PostgreSQL's processes), once with no traffic
// (idle) and for each rate (CPU ms per delivered referral). Results are printed and written to
// bench/results/. Everything the benchmark started is stopped when it ends or is interrupted.
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { devToken } from '../tools/platform/dev-token.mjs';
import {
  ROOT,
  benchInfrastructure,
  cpuMeter,
  kafkaPids,
  launchBenchPlatform,
  machine,
  onCleanup,
  parseArgs,
  percentiles,
  postgresPids,
  referralBody,
  rssMb,
  runBenchmark,
  sleep,
  writeResult,
} from './support.mjs';

const require = createRequire(import.meta.url);

const args = parseArgs();
const RATES = (args.rates ?? '10,25,50,100').split(',').map(Number);
const SECONDS = Number(args.seconds ?? 20);
const IDLE_SECONDS = Number(args['idle-seconds'] ?? 20);
// Before the measured rates, a few seconds at 10/s that are not measured: code paths compiled,
// connections and caches warm, as in a platform that has been running.
const WARM_UP_SECONDS = Number(args['warm-up-seconds'] ?? 10);
const DRAIN_MS = 15_000;

/** A webhook receiver: when each case's notification arrived. */
async function webhookReceiver(onCase) {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      try {
        const { caseId } = JSON.parse(body);
        if (caseId) onCase(caseId, performance.now());
      } catch {}
      res.writeHead(204).end();
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${server.address().port}/hook` };
}

/** When each case reached each point: `sentAt`, `acceptedAt`, `stageAt`, `deliveredAt`. */
function collector() {
  const cases = new Map();
  return {
    cases,
    complete(id, field, t) {
      const c = cases.get(id) ?? {};
      c[field] ??= t;
      cases.set(id, c);
    },
  };
}

/**
 * Sends `rate` requests a second for SECONDS through `send(i)` (which resolves with the case id once
 * accepted), without waiting for answers before the next send, then waits for the deliveries.
 */
async function drive(label, rate, send, col, meter, seconds = SECONDS) {
  const total = rate * seconds;
  meter.restart();
  const started = performance.now();
  let sent = 0;
  let accepted = 0;
  let refused = 0;
  const delivered = () => [...col.cases.values()].filter((c) => c.sentAt && c.deliveredAt).length;
  const progress = setInterval(() => {
    process.stderr.write(
      `\r${label} ${rate}/s  ${((performance.now() - started) / 1000).toFixed(0)} s  sent ${sent}/${total}  accepted ${accepted}  delivered ${delivered()}   `,
    );
  }, 500);
  const inFlight = [];
  for (let i = 0; i < total; i += 1) {
    const wait = started + (i * 1000) / rate - performance.now();
    if (wait > 1) await sleep(wait);
    const sentAt = performance.now();
    sent += 1;
    inFlight.push(
      send(i).then(
        (id) => {
          if (!id) return void (refused += 1);
          accepted += 1;
          col.complete(id, 'sentAt', sentAt);
          col.complete(id, 'acceptedAt', performance.now());
        },
        () => (refused += 1),
      ),
    );
  }
  await Promise.all(inFlight);
  const deadline = performance.now() + DRAIN_MS;
  while (performance.now() < deadline && delivered() < accepted) await sleep(100);
  const cpu = meter.read();
  clearInterval(progress);
  process.stderr.write('\n');
  return { rate, sent, accepted, refused, cases: col.cases, cpu };
}

/** CPU of the processes with no traffic, as a share of one core, after a moment to settle. */
async function idleCpu(label, meter) {
  await sleep(5000);
  meter.restart();
  process.stderr.write(`${label}: measuring idle CPU for ${IDLE_SECONDS} s...\n`);
  await sleep(IDLE_SECONDS * 1000);
  const { byGroup, total, seconds } = meter.read();
  const share = (s) => Math.round((s / seconds) * 1000) / 10;
  return {
    seconds,
    percentOfACore: share(total),
    byGroupPercent: Object.fromEntries(Object.entries(byGroup).map(([k, v]) => [k, share(v)])),
  };
}

async function benchPlatform({ databaseUrl, kafka }) {
  const { platform, label } = await launchBenchPlatform('bench', { databaseUrl, kafka }, args.profile);
  const meter = cpuMeter({
    ...Object.fromEntries(platform.processes.map((p) => [p.name, [p.child.pid]])),
    kafka: kafkaPids,
    postgres: postgresPids,
  });
  const messaging = require(path.join(ROOT, 'dist', 'libs', 'messaging', 'src'));
  let current;
  const receiver = await webhookReceiver((caseId, t) => current?.complete(caseId, 'deliveredAt', t));
  const admin = await devToken('administrator', 'kw-moi-police');
  const put = await fetch(`${platform.gatewayUrl}/api/v1/agency/webhook`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
    body: JSON.stringify({ url: receiver.url }),
  });
  if (put.status !== 200) throw new Error(`webhook setup answered ${put.status}`);
  // Screening opened, seen on Kafka through a consumer of this script.
  const k = messaging.createKafka({ brokers: kafka.brokers.split(','), clientId: 'bench', topicPrefix: '' });
  const consumer = k.consumer({ groupId: `${label}-observer` });
  await consumer.connect();
  await consumer.subscribe({ topics: [`${label}.nrm.identification.screening.v1`], fromBeginning: false });
  await consumer.run({
    eachMessage: async ({ message }) =>
      current?.complete(message.key?.toString(), 'stageAt', performance.now()),
  });
  const token = await devToken('first_responder', 'kw-moi-police');
  const idle = await idleCpu('platform', meter);
  console.log(JSON.stringify({ idle }));
  let refusedOnce = false;
  const refer = async (i) => {
    const res = await fetch(`${platform.gatewayUrl}/api/v1/referrals`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(referralBody(i)),
    });
    const body = await res.json();
    if (res.status !== 201 && !refusedOnce) {
      refusedOnce = true;
      process.stderr.write(`\nthe gateway refused a referral: ${res.status} ${JSON.stringify(body)}\n`);
    }
    return res.status === 201 ? body.caseId : undefined;
  };
  current = collector();
  if (WARM_UP_SECONDS > 0) await drive('platform warm-up', 10, refer, current, meter, WARM_UP_SECONDS);
  const results = [];
  for (const rate of RATES) {
    current = collector();
    const result = await drive('platform', rate, refer, current, meter);
    const again = summarise(result);
    again.rssMb = Object.fromEntries(platform.processes.map((p) => [p.name, rssMb(p.child.pid)]));
    results.push(again);
    console.log(JSON.stringify(again));
  }
  await consumer.disconnect();
  receiver.server.close();
  await platform.stop();
  return { idle, results };
}

/** Recomputes the figures once late completions are in, and drops the working maps. */
function summarise(result) {
  const list = [...result.cases.values()].filter((c) => c.sentAt);
  const delivered = list.filter((c) => c.deliveredAt);
  const first = Math.min(...list.map((c) => c.sentAt));
  const last = Math.max(...delivered.map((c) => c.deliveredAt), first + 1);
  return {
    rate: result.rate,
    sent: result.sent,
    accepted: result.accepted,
    refused: result.refused,
    delivered: delivered.length,
    lost: result.accepted - delivered.length,
    throughputPerS: Math.round((delivered.length / ((last - first) / 1000)) * 10) / 10,
    acceptedMs: percentiles(list.map((c) => c.acceptedAt - c.sentAt)),
    stageMs: percentiles(list.filter((c) => c.stageAt).map((c) => c.stageAt - c.sentAt)),
    endToEndMs: percentiles(delivered.map((c) => c.deliveredAt - c.sentAt)),
    cpu: {
      ...result.cpu,
      msPerDelivered: delivered.length ? Math.round((result.cpu.total * 1000) / delivered.length) : null,
    },
  };
}

async function rawBaseline({ databaseUrl, kafka }) {
  let current;
  const receiver = await webhookReceiver((id, t) => current?.complete(id, 'deliveredAt', t));
  const chain = fork(path.join(ROOT, 'bench', 'raw-chain.mjs'), [], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      KAFKA_BROKERS: kafka.brokers,
      WEBHOOK_URL: receiver.url,
    },
  });
  onCleanup(() => chain.kill('SIGKILL'));
  const url = await new Promise((resolve, reject) => {
    chain.on('message', (m) => {
      if (m.url) resolve(m.url);
      if (m.stage) current?.complete(m.stage, 'stageAt', performance.now());
    });
    chain.once('exit', (code) => reject(new Error(`the raw chain exited with ${code}`)));
  });
  const meter = cpuMeter({ chain: [chain.pid], kafka: kafkaPids, postgres: postgresPids });
  const idle = await idleCpu('raw', meter);
  console.log(JSON.stringify({ baseline: true, idle }));
  const send = async (i) => {
    const res = await fetch(url, { method: 'POST', body: JSON.stringify(referralBody(i)) });
    return (await res.json()).caseId;
  };
  current = collector();
  if (WARM_UP_SECONDS > 0) await drive('raw warm-up', 10, send, current, meter, WARM_UP_SECONDS);
  const results = [];
  for (const rate of RATES) {
    current = collector();
    const result = await drive('raw', rate, send, current, meter);
    const summary = summarise(result);
    summary.rssMb = { chain: rssMb(chain.pid) };
    results.push(summary);
    console.log(JSON.stringify({ baseline: true, ...summary }));
  }
  receiver.server.close();
  await new Promise((resolve) => {
    chain.once('exit', resolve);
    chain.send('stop');
  });
  return { idle, results };
}

runBenchmark(async () => {
  const { databaseUrl, kafka } = await benchInfrastructure();
  const { idle: rawIdle, results: raw } = await rawBaseline({ databaseUrl, kafka });
  const { idle: platformIdle, results: platform } = await benchPlatform({ databaseUrl, kafka });
  const comparison = RATES.map((rate, i) => {
    const p = platform[i];
    const b = raw[i];
    return {
      rate,
      platformThroughputPerS: p.throughputPerS,
      rawThroughputPerS: b.throughputPerS,
      throughputRatio: Math.round((p.throughputPerS / b.throughputPerS) * 100) / 100,
      platformP99Ms: p.endToEndMs.p99,
      rawP99Ms: b.endToEndMs.p99,
      p99Ratio: b.endToEndMs.p99 ? Math.round((p.endToEndMs.p99 / b.endToEndMs.p99) * 10) / 10 : null,
      platformLost: p.lost,
      rawLost: b.lost,
      platformCpuMsPerReferral: p.cpu.msPerDelivered,
      rawCpuMsPerReferral: b.cpu.msPerDelivered,
    };
  });
  const sustained = (rows) =>
    Math.max(0, ...rows.filter((r) => r.lost === 0 && r.endToEndMs.p99 < 1000).map((r) => r.rate));
  const report = {
    benchmark: 'lifecycle',
    at: new Date().toISOString(),
    machine: machine(),
    seconds: SECONDS,
    highestSustainedRate: { platform: sustained(platform), raw: sustained(raw) },
    idle: { platform: platformIdle, raw: rawIdle },
    comparison,
    platform,
    raw,
  };
  const file = writeResult('lifecycle', report);
  console.table(comparison);
  console.log(
    `highest rate with p99 < 1 s and nothing lost: platform ${report.highestSustainedRate.platform}/s, raw ${report.highestSustainedRate.raw}/s`,
  );
  console.log(
    `idle CPU: platform ${platformIdle.percentOfACore}% of a core, raw chain ${rawIdle.percentOfACore}% (broker and PostgreSQL included in both)`,
  );
  console.log(`written to ${path.relative(ROOT, file)}`);
});

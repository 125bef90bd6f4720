// Replay: re-deriving the analytics stream from the lifecycle topics, against a raw baseline
// measured in the same run.
//
//   npm run bench:replay -- [--events 1000000] [--profile true]
//
// Puts --events referral-received events (valid envelopes, one new case each) on a fresh intake
// topic, then runs the analytics service's own `main.js replay` (as an operator would), which reads
// them from the first offset, derives one pseudonymised record per audience (three) in a transaction
// per Kafka batch, and publishes the records through its outbox. The raw baseline reads the same
// topic with a bare kafkajs consumer and writes three rows per event with one multi-row INSERT per
// batch. Both report events per second; results are printed and written to bench/results/.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT, benchInfrastructure, machine, parseArgs, runBenchmark, writeResult } from './support.mjs';

const require = createRequire(import.meta.url);
const {
  declareTopics,
  devSecrets,
  runServiceCommand,
  serviceEnvironment,
} = require('../tools/platform/launcher.cjs');
// Loaded from dist/ once benchInfrastructure() has built it.
let messaging;
let contracts;

const args = parseArgs();
const EVENTS = Number(args.events ?? 1_000_000);

function referral(caseId, i) {
  return {
    caseId,
    caseReference: `KW-2026-${i.toString(36).toUpperCase().padStart(6, '0')}`,
    referringAgencyId: 'kw-moi-police',
    referralChannel: 'police',
    referredAt: new Date(Date.UTC(2026, i % 12, 1 + (i % 28))).toISOString(),
    personIsChild: i % 5 === 0,
    sex: i % 2 ? 'female' : 'male',
    nationalities: [['PH', 'LK', 'NP', 'BD', 'ET'][i % 5]],
    exploitationTypes: ['domestic_servitude'],
    immediateRisks: [],
    interpreterNeeded: false,
    ageBand: '27-29',
    meansOfControl: [],
    recruitmentMethod: 'unknown',
    requiresImmediateProtection: false,
    joinedAnonymousNoticeIds: [],
    statisticsConsent: i % 3 !== 0,
  };
}

/** Puts the events on the intake topic in batches; returns how long it took. */
async function produceEvents(kafka, topic) {
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const started = performance.now();
  const batch = 2000;
  for (let i = 0; i < EVENTS; i += batch) {
    const messages = [];
    for (let j = i; j < Math.min(EVENTS, i + batch); j += 1) {
      const caseId = randomUUID();
      const envelope = contracts.buildEnvelope({
        type: contracts.ReferralReceived.type,
        source: '/nrm/intake',
        subject: caseId,
        schemaVersion: 1,
        correlationId: caseId,
        data: referral(caseId, j),
      });
      messages.push({
        key: caseId,
        value: JSON.stringify(envelope.data),
        headers: contracts.envelopeToHeaders(envelope),
      });
    }
    await producer.send({ topic, acks: 1, messages });
    if ((i / batch) % 25 === 0)
      process.stderr.write(`\rputting events on the topic: ${i + messages.length}/${EVENTS}   `);
  }
  process.stderr.write('\n');
  await producer.disconnect();
  return (performance.now() - started) / 1000;
}

/** The analytics service's replay command; resolves with its summary. */
function runReplay(env) {
  return new Promise((resolve, reject) => {
    // --profile: a V8 CPU profile of the replay, written to bench/results/.
    const profile = args.profile
      ? ['--cpu-prof', `--cpu-prof-dir=${path.join(ROOT, 'bench', 'results')}`]
      : [];
    const main = path.join(ROOT, 'dist', 'apps', 'analytics', 'src', 'main.js');
    const child = spawn(process.execPath, [...profile, main, 'replay'], {
      env: { ...env, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out
        .trim()
        .split('\n')
        .reverse()
        .find((l) => l.startsWith('{"events"'));
      if (code !== 0 || !line) reject(new Error(`replay exited ${code}: ${out.slice(-2000)}`));
      else resolve(JSON.parse(line));
    });
  });
}

/** A bare kafkajs consumer writing three rows per event, one multi-row INSERT per batch. */
async function rawBaseline(kafka, topic, databaseUrl, label) {
  const { Client } = require('pg');
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  await db.query(`CREATE SCHEMA ${label}_raw`);
  await db.query(
    `CREATE TABLE ${label}_raw.record (id uuid PRIMARY KEY, audience text NOT NULL, body jsonb NOT NULL)`,
  );
  const consumer = kafka.consumer({ groupId: `${label}-raw` });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  const started = performance.now();
  let done = 0;
  await new Promise((resolve, reject) => {
    consumer
      .run({
        eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
          const rows = [];
          for (const message of batch.messages) {
            const data = JSON.parse(message.value.toString('utf8'));
            for (const audience of ['national-statistics', 'partners', 'research'])
              rows.push([
                randomUUID(),
                audience,
                JSON.stringify({ month: data.referredAt.slice(0, 7), sex: data.sex }),
              ]);
          }
          await db.query('BEGIN');
          for (let i = 0; i < rows.length; i += 1000) {
            const chunk = rows.slice(i, i + 1000);
            await db.query(
              `INSERT INTO ${label}_raw.record (id, audience, body) VALUES ${chunk.map((_, k) => `($${3 * k + 1}, $${3 * k + 2}, $${3 * k + 3})`).join(',')}`,
              chunk.flat(),
            );
          }
          await db.query('COMMIT');
          for (const message of batch.messages) resolveOffset(message.offset);
          done += batch.messages.length;
          await heartbeat();
          if (done >= EVENTS) resolve();
        },
      })
      .catch(reject);
  });
  const seconds = (performance.now() - started) / 1000;
  await consumer.disconnect();
  await db.query(`DROP SCHEMA ${label}_raw CASCADE`);
  await db.end();
  return {
    events: done,
    seconds: Math.round(seconds * 10) / 10,
    eventsPerSecond: Math.round(done / seconds),
  };
}

runBenchmark(async () => {
  const { databaseUrl, kafka: infra } = await benchInfrastructure();
  messaging = require(path.join(ROOT, 'dist', 'libs', 'messaging', 'src'));
  contracts = require(path.join(ROOT, 'dist', 'libs', 'contracts', 'src'));
  const label = `benchreplay_${Date.now().toString(36)}`;
  const o = {
    databaseUrl,
    brokers: infra.brokers,
    kafkaAccess: infra.access,
    topicPrefix: `${label}.`,
    schemaPrefix: `${label}_`,
    basePort: 5000,
    secrets: devSecrets(),
  };
  await declareTopics(o);
  const env = serviceEnvironment('analytics', o);
  await runServiceCommand('analytics', 'prepare', env);
  const kafka = messaging.createKafka({
    brokers: infra.brokers.split(','),
    clientId: 'bench-replay',
    topicPrefix: '',
  });
  const topic = `${label}.${contracts.Topics.intakeReferral}`;
  const producedIn = await produceEvents(kafka, topic);
  process.stderr.write(`raw baseline: reading ${EVENTS} events\n`);
  const raw = await rawBaseline(kafka, topic, databaseUrl, label);
  process.stderr.write('platform: main.js replay\n');
  const platform = await runReplay(env);
  const report = {
    benchmark: 'replay',
    at: new Date().toISOString(),
    machine: machine(),
    events: EVENTS,
    producedInSeconds: Math.round(producedIn * 10) / 10,
    platform,
    raw,
    ratio: Math.round((platform.eventsPerSecond / raw.eventsPerSecond) * 100) / 100,
    target: { eventsPerSecond: 20_000, met: platform.eventsPerSecond >= 20_000 },
  };
  const file = writeResult('replay', report);
  console.table({
    platform: {
      eventsPerSecond: platform.eventsPerSecond,
      seconds: platform.seconds,
      records: platform.records,
    },
    raw: { eventsPerSecond: raw.eventsPerSecond, seconds: raw.seconds, records: raw.events * 3 },
  });
  console.log(`written to ${path.relative(ROOT, file)}`);
});

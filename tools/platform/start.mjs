// `npm start`: the whole platform on this machine - PostgreSQL and Kafka found or started, every
// service migrated, seeded and started: all in one Node.js process by default (lighter and quicker
// on a laptop), or each as its own process with `npm start -- --processes` (as deploy/ runs them).
// A process that exits is shown with the end of its log and started again (tools/platform/supervisor.cjs).
// Ctrl-C stops it all cleanly.
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from '../build.mjs';
import { resolveDatabase, resolveKafka } from './infrastructure.mjs';

const require = createRequire(import.meta.url);
const { ROOT, launchPlatform } = require('./launcher.cjs');
const { describeStates, supervise } = require('./supervisor.cjs');

const logDir = path.join(ROOT, '.local', 'logs');
const singleProcess = !process.argv.includes('--processes');
const started = Date.now();
const say = (line) => console.log(`[nrm] ${line}`);

let kafka;
let platform;
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  say('stopping: services drain, then the broker stops...');
  await platform?.stop();
  await kafka?.stop();
  say('stopped');
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  await build({ quiet: true });
  say('built dist/ (the services, and the console with Vite)');
  const database = await resolveDatabase({ log: say });
  kafka = await resolveKafka({
    dataDir: path.join(ROOT, '.local', 'kafka'),
    logFile: path.join(logDir, 'kafka.log'),
    log: say,
  });
  platform = await launchPlatform({
    databaseUrl: database.url,
    brokers: kafka.brokers,
    kafkaAccess: kafka.access,
    logDir,
    log: say,
    singleProcess,
  });
  supervise(platform.processes, {
    log: say,
    isStopping: () => stopping,
    onChange: (processes) => say(`state: ${describeStates(processes)}`),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const lines = [
    `National Referral Mechanism platform is ready (${seconds} s)`,
    '',
    `  Console        ${platform.gatewayUrl}/   (development sign-in: choose a seeded user)`,
    `  Gateway        ${platform.gatewayUrl}/api/v1`,
    `  API docs       ${platform.gatewayUrl}/api/docs   (OpenAPI JSON: ${platform.gatewayUrl}/api/openapi.json)`,
    ...platform.services
      .filter((s) => s.name !== 'gateway')
      .map((s, i) => `  ${i === 0 ? 'Services' : ''.padEnd(8)}       ${s.name.padEnd(21)} ${s.url}`),
    `  Kafka          ${kafka.brokers} (${kafka.source})${kafka.access ? `; services as SASL principals on ${kafka.access.saslBrokers}` : ''}`,
    `  Processes      ${singleProcess ? 'every service in one (npm start -- --processes: one each)' : 'one per service'}`,
    `  State          ${describeStates(platform.processes)}; one that exits is started again`,
    `  Logs           ${logDir}/<service>.log (JSON lines)`,
    `  A token        npm run --silent dev:token -- first_responder kw-moi-police`,
    `  Demo           npm run demo`,
    '',
    '  Ctrl-C stops everything.',
  ];
  const width = Math.max(...lines.map((l) => l.length)) + 2;
  console.log(
    `\n+${'-'.repeat(width)}+\n${lines.map((l) => `| ${l.padEnd(width - 1)}|`).join('\n')}\n+${'-'.repeat(width)}+\n`,
  );
} catch (error) {
  console.error(`[nrm] could not start: ${error.message}`);
  await shutdown(1);
}

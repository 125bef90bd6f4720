// `nx serve <service>` (or `node tools/platform/serve.mjs <service>`): one service in the foreground,
// against a broker and a database that are already running (KAFKA_BROKERS and DATABASE_URL, else the
// local ones on 127.0.0.1:9092 and :5432), with the development secrets `npm start` uses. Its schema
// is migrated and seeded first. Ctrl-C drains and stops it. Run `nx build <service>` first (nx serve
// does). The port is the service's own (3000-3006) unless PORT is set.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isPortOpen } from '../kafka/kafka-broker.mjs';
import { resolveDatabase } from './infrastructure.mjs';

const require = createRequire(import.meta.url);
const { ROOT, SERVICES, devSecrets, runServiceCommand, serviceEnvironment } = require('./launcher.cjs');

const name = process.argv[2];
if (!SERVICES.some((s) => s.name === name)) {
  console.error(`usage: serve.mjs <service>, one of ${SERVICES.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const say = (line) => console.log(`[nrm] ${line}`);
const brokers = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
const [host, port] = (brokers.split(',')[0] ?? '').split(':');
if (!(await isPortOpen(host, Number(port)))) {
  console.error(`[nrm] no Kafka broker answers on ${brokers}: start one (npm start) or set KAFKA_BROKERS`);
  process.exit(1);
}
const database = await resolveDatabase({ log: say });
const env = serviceEnvironment(name, { databaseUrl: database.url, brokers, secrets: devSecrets() });
if (process.env.PORT) env.PORT = process.env.PORT;
if (name !== 'gateway') {
  await runServiceCommand(name, 'prepare', env);
  say(`${name}: schema migrated and seeded`);
}
const child = spawn(
  process.execPath,
  ['--enable-source-maps', path.join(ROOT, 'dist', 'apps', name, 'src', 'main.js'), 'serve'],
  { env, stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

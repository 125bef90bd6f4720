// The lifecycle benchmark's raw baseline, as a process of its own so that its CPU is measured from
// /proc like the platform's services: HTTP in, a PostgreSQL insert and a kafkajs produce, a consumer
// that inserts and produces, a consumer that inserts and posts to the webhook receiver. No framework,
// no outbox, no inbox. Started by lifecycle.mjs with DATABASE_URL, KAFKA_BROKERS and WEBHOOK_URL; it
// tells its parent over IPC when it is ready (`{ url }`) and when a case reached its stage
// (`{ stage }`); `stop` from the parent drops what it made and ends it.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const { Kafka, logLevel } = require('kafkajs');

const { DATABASE_URL, KAFKA_BROKERS, WEBHOOK_URL } = process.env;
const label = `raw_${Date.now().toString(36)}`;
const db = new Client({ connectionString: DATABASE_URL });
await db.connect();
await db.query(`CREATE SCHEMA ${label}`);
await db.query(`CREATE TABLE ${label}.hop (id uuid, hop int, at timestamptz DEFAULT now())`);
const kafka = new Kafka({ brokers: KAFKA_BROKERS.split(','), clientId: label, logLevel: logLevel.NOTHING });
const admin = kafka.admin();
await admin.connect();
const topics = [`${label}.a`, `${label}.b`];
await admin.createTopics({
  topics: topics.map((topic) => ({ topic, numPartitions: 3 })),
  waitForLeaders: true,
});
await admin.disconnect();
const producer = kafka.producer();
await producer.connect();

const clients = [];
const consumers = [];
async function hop(fromTopic, n, next) {
  const client = new Client({ connectionString: DATABASE_URL });
  await client.connect();
  clients.push(client);
  const consumer = kafka.consumer({ groupId: `${label}-${n}` });
  await consumer.connect();
  await consumer.subscribe({ topics: [fromTopic], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const id = message.key.toString();
      await client.query(`INSERT INTO ${label}.hop (id, hop) VALUES ($1, $2)`, [id, n]);
      await next(id);
    },
  });
  consumers.push(consumer);
}
await hop(topics[0], 2, async (id) => {
  process.send({ stage: id });
  await producer.send({ topic: topics[1], messages: [{ key: id, value: '{}' }] });
});
await hop(topics[1], 3, async (id) => {
  await fetch(WEBHOOK_URL, { method: 'POST', body: JSON.stringify({ caseId: id }) });
});

const ingress = createServer((req, res) => {
  let body = '';
  req.on('data', (d) => (body += d));
  req.on('end', async () => {
    const id = randomUUID();
    await db.query(`INSERT INTO ${label}.hop (id, hop) VALUES ($1, 1)`, [id]);
    await producer.send({ topic: topics[0], messages: [{ key: id, value: body }] });
    res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ caseId: id }));
  });
});
await new Promise((r) => ingress.listen(0, '127.0.0.1', r));
await new Promise((r) => setTimeout(r, 3000)); // the consumers join their groups
process.send({ url: `http://127.0.0.1:${ingress.address().port}/` });

process.on('message', async (message) => {
  if (message !== 'stop') return;
  ingress.close();
  await Promise.all([...consumers.map((c) => c.disconnect()), producer.disconnect()]);
  await db.query(`DROP SCHEMA ${label} CASCADE`);
  await Promise.all([db.end(), ...clients.map((c) => c.end())]);
  process.exit(0);
});
process.on('disconnect', () => process.exit(0));

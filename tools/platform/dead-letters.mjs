// `npm run dlq -- list <service>` shows the dead letters of a service;
// `npm run dlq -- replay <service> [offset...]` sends them (or the given ones) back to their topics.
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from '../build.mjs';

const require = createRequire(import.meta.url);
const { ROOT } = require('./launcher.cjs');

const [command, service, ...offsets] = process.argv.slice(2);
if (!['list', 'replay'].includes(command) || !service) {
  console.error('usage: npm run dlq -- list <service> | replay <service> [partition:offset ...]');
  process.exit(2);
}
await build({ quiet: true });
const messaging = require(path.join(ROOT, 'dist', 'libs', 'messaging', 'src'));
const contracts = require(path.join(ROOT, 'dist', 'libs', 'contracts', 'src'));
const prefix = process.env.KAFKA_TOPIC_PREFIX ?? '';
const kafka = messaging.createKafka({
  brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
  clientId: 'nrm-dead-letters',
  topicPrefix: prefix,
});
const topic = contracts.withTopicPrefix(prefix, contracts.deadLetterTopic(service));
const letters = await messaging.readDeadLetters(kafka, topic);
if (command === 'list') {
  if (letters.length === 0) console.log(`${topic}: no dead letters`);
  for (const l of letters) {
    console.log(
      `${l.partition}:${l.offset}  ${l.failedAt}  ${l.reason}  from ${l.originalTopic}  type=${l.headers.ce_type ?? '?'}  ${l.error}`,
    );
  }
} else {
  const chosen = offsets.length
    ? letters.filter((l) => offsets.includes(`${l.partition}:${l.offset}`))
    : letters;
  const sent = await messaging.replayDeadLetters(kafka, chosen);
  console.log(`replayed ${sent} dead letter(s) from ${topic}`);
}

// One-shot deployment step (docker compose's init, or a Kubernetes Job): declares the topic catalogue
// (and, with KAFKA_DECLARE_ACLS=true, every principal's ACLs, as the launcher does on the development
// broker; under Strimzi the KafkaUsers carry them), then migrates and seeds every service's schema, from
// the environment of a container. KAFKA_BROKERS is the operator listener (PLAINTEXT, super user).
'use strict';
const { DOMAIN_SERVICES, declareTopics, runServiceCommand } = require('./launcher.cjs');

async function main() {
  const brokers = process.env.KAFKA_BROKERS;
  if (!brokers || !process.env.DATABASE_URL) throw new Error('KAFKA_BROKERS and DATABASE_URL are required');
  const declareAcls = process.env.KAFKA_DECLARE_ACLS === 'true';
  const created = await declareTopics({
    brokers,
    topicPrefix: process.env.KAFKA_TOPIC_PREFIX || '',
    declareAcls,
  });
  console.log(
    `topics declared: ${created.length}${declareAcls ? `, ACL entries declared: ${created.acls}` : ''}`,
  );
  for (const { name, data } of DOMAIN_SERVICES.filter((s) => s.data)) {
    const env = { ...process.env, PORT: '1', DB_SCHEMA: data.schema };
    await runServiceCommand(name, 'prepare', env);
    console.log(`${name}: migrated and seeded`);
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});

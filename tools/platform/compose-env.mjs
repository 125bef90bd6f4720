// `npm run compose:env` writes the env files docker compose reads (docker-compose.yml), from this
// checkout's development keys (.local/dev-keys): they hold secrets and are not committed.
//   deploy/docker/dev.env            the services' keys and the gateway's token settings
//   deploy/docker/dev-kafka.env      the broker's SCRAM users (KAFKA_SCRAM_USERS), one per principal
//   deploy/docker/dev-<service>.env  that service's Kafka password (KAFKA_SASL_PASSWORD), nobody else's
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KAFKA_PRINCIPALS } from '../kafka/kafka-broker.mjs';

const require = createRequire(import.meta.url);
const { ROOT, devSecrets } = require('./launcher.cjs');

/** Passwords of the compose broker's principals, made once per checkout and kept with the dev keys. */
function composeKafkaCredentials() {
  const file = path.join(ROOT, '.local', 'dev-keys', 'compose-kafka-credentials.json');
  const existing = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const credentials = Object.fromEntries(
    KAFKA_PRINCIPALS.map((name) => [name, existing[name] ?? randomBytes(18).toString('base64url')]),
  );
  writeFileSync(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  return credentials;
}

/** Writes the env files; resolves the paths written, relative to the repository. */
export function writeComposeEnv() {
  const s = devSecrets();
  const dir = path.join(ROOT, 'deploy', 'docker');
  const files = {
    'dev.env': [
      ...Object.entries(s.serviceKeys).map(([variable, value]) => `${variable}=${value}`),
      `JWT_PUBLIC_KEY=${s.jwtPublicKey.trim().replace(/\n/g, '\\n')}`,
      `JWT_ISSUER=${s.jwtIssuer}`,
      `JWT_AUDIENCE=${s.jwtAudience}`,
    ],
  };
  const credentials = composeKafkaCredentials();
  files['dev-kafka.env'] = [
    `KAFKA_SCRAM_USERS=${Object.entries(credentials)
      .map(([name, password]) => `${name}:${password}`)
      .join(',')}`,
  ];
  for (const [name, password] of Object.entries(credentials)) {
    if (!name.startsWith('analyst-')) files[`dev-${name}.env`] = [`KAFKA_SASL_PASSWORD=${password}`];
  }
  return Object.entries(files).map(([name, lines]) => {
    writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`, { mode: 0o600 });
    return path.relative(ROOT, path.join(dir, name));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`wrote ${writeComposeEnv().join(', ')}`);
}

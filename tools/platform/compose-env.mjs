// `npm run compose:env` writes deploy/docker/dev.env for docker compose from this checkout's
// development keys (.local/dev-keys). The file holds secrets and is not committed.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { ROOT, devSecrets } = require('./launcher.cjs');

const s = devSecrets();
const lines = [
  'DATABASE_URL=postgres://postgres@postgres:5432/nrm',
  'KAFKA_BROKERS=kafka:9092',
  `INTAKE_FIELD_KEYS=${s.intakeFieldKeys}`,
  `INTAKE_PSEUDONYM_KEY=${s.intakePseudonymKey}`,
  `IDENTIFICATION_FIELD_KEYS=${s.identificationFieldKeys}`,
  `PROTECTION_FIELD_KEYS=${s.protectionFieldKeys}`,
  `PROSECUTION_FIELD_KEYS=${s.prosecutionFieldKeys}`,
  `ANALYTICS_PSEUDONYM_KEYS=${s.analyticsPseudonymKeys}`,
  `JWT_PUBLIC_KEY=${s.jwtPublicKey.trim().replace(/\n/g, '\\n')}`,
  `JWT_ISSUER=${s.jwtIssuer}`,
  `JWT_AUDIENCE=${s.jwtAudience}`,
];
const file = path.join(ROOT, 'deploy', 'docker', 'dev.env');
writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
console.log(`wrote ${path.relative(ROOT, file)}`);

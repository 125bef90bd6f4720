// `npm run --silent dev:token -- <role> <agency-id>` prints a development access token for the seeded
// user with that role in that agency. For local use only: production tokens come from the identity provider.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from '../build.mjs';

const require = createRequire(import.meta.url);
const { ROOT, devSecrets } = require('./launcher.cjs');

/** Mints a token for the seeded user with `role` in `agencyId`, or returns undefined when there is none. */
export async function devToken(role, agencyId) {
  const users = JSON.parse(readFileSync(path.join(ROOT, 'seeds', 'users.json'), 'utf8'));
  const user = users.find((u) => u.role === role && u.agencyId === agencyId);
  if (!user) return undefined;
  if (!existsSync(path.join(ROOT, 'dist', 'libs', 'security', 'src', 'index.js')))
    await build({ quiet: true });
  const { mintAccessToken } = require(path.join(ROOT, 'dist', 'libs', 'security', 'src'));
  const secrets = devSecrets();
  return mintAccessToken(
    secrets.jwtPrivateKey,
    { userId: user.id, agencyId: user.agencyId, role: user.role },
    { issuer: secrets.jwtIssuer, audience: secrets.jwtAudience },
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const [role, agencyId] = process.argv.slice(2);
  const token = role && agencyId ? await devToken(role, agencyId) : undefined;
  if (!token) {
    const users = JSON.parse(readFileSync(path.join(ROOT, 'seeds', 'users.json'), 'utf8'));
    console.error('usage: npm run --silent dev:token -- <role> <agency-id>');
    console.error(`roles: ${[...new Set(users.map((u) => u.role))].join(', ')}`);
    if (role)
      console.error(
        `agencies with a ${role}: ${
          users
            .filter((u) => u.role === role)
            .map((u) => u.agencyId)
            .join(', ') || 'none'
        }`,
      );
    process.exit(2);
  }
  process.stdout.write(`${token}\n`);
}

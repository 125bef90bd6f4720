import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { mintAccessToken } from '@nrm/security';
import { testInfrastructure } from '@nrm/testing';
import { ROOT, devSecrets, serviceEnvironment, startService, stopService } from '@nrm/platform-launcher';

const main = (service: string) => path.join(ROOT, 'dist', 'apps', service, 'src', 'main.js');

describe('a service started with bad configuration', () => {
  it('stops at once with a message naming each bad or missing variable, never its value', () => {
    const result = spawnSync(process.execPath, [main('intake'), 'serve'], {
      env: {
        PATH: process.env['PATH'],
        PORT: 'eighty',
        DATABASE_URL: 'mysql://user:s3cret-password@db/nrm',
        INTAKE_FIELD_KEYS: 'not-a-key',
      },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(78);
    expect(result.stderr).toContain('PORT is invalid');
    expect(result.stderr).toContain('DATABASE_URL is invalid: must be a postgres:// connection URL');
    expect(result.stderr).toContain('KAFKA_BROKERS is missing');
    expect(result.stderr).toContain('INTAKE_FIELD_KEYS is invalid');
    expect(result.stderr).toContain('INTAKE_PSEUDONYM_KEY is missing');
    expect(`${result.stdout}${result.stderr}`).not.toContain('s3cret-password');
  });
});

describe('the gateway under a burst of requests', () => {
  it("answers 429 with Retry-After once a user's quota for the minute is used, counted in Redis", async () => {
    const secrets = devSecrets();
    const env = serviceEnvironment('gateway', {
      databaseUrl: testInfrastructure().databaseUrl,
      brokers: testInfrastructure().brokers,
      basePort: 4790,
      logDir: path.join(ROOT, '.local', 'logs', 'e2e_quota'),
      secrets,
    });
    const gateway = await startService(
      'gateway',
      {
        ...env,
        RATE_LIMIT_USER_PER_MINUTE: '3',
        REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
      },
      { logDir: path.join(ROOT, '.local', 'logs', 'e2e_quota') },
    );
    try {
      const token = await mintAccessToken(
        secrets.jwtPrivateKey,
        { userId: `quota-${randomUUID()}`, agencyId: 'kw-moi-police', role: 'first_responder' },
        { issuer: secrets.jwtIssuer, audience: secrets.jwtAudience },
      );
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 4; i += 1) {
        last = await fetch(`${gateway.url}/api/v1/inbox`, { headers: { authorization: `Bearer ${token}` } });
        statuses.push(last.status);
      }
      // Nothing is running behind this gateway: the first three reach it and find no service (503).
      expect(statuses).toEqual([503, 503, 503, 429]);
      expect(last?.headers.get('content-type')).toContain('application/problem+json');
      expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await last?.json()) as { detail: string }).detail).toMatch(
        /^too many requests from your account; retry in \d+ s$/,
      );
    } finally {
      await stopService(gateway);
    }
  });
});

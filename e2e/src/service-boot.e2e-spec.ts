import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '@nrm/platform-launcher';

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

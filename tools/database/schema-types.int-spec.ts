import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { testInfrastructure } from '@nrm/testing';

describe("each service's table types", () => {
  it('are what its migrations produce (npm run db:types regenerates them)', () => {
    const check = spawnSync(process.execPath, [path.join(__dirname, 'schema-types.mjs'), '--check'], {
      env: { ...process.env, DATABASE_URL: testInfrastructure().databaseUrl },
      encoding: 'utf8',
    });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});

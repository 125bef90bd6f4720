import { randomUUID } from 'node:crypto';
import { Roles } from '@nrm/contracts';
import { TestPlatform } from './support/test-platform';

const CA = 'kw-nrm-competent-authority';

/** A value for a path parameter: an unknown id, or a valid name where the route needs one. */
function parameter(name: string): string {
  if (name === 'kind') return 'urgent_risk';
  if (name === 'table') return 'referrals';
  return randomUUID();
}

describe('authorisation: every route with every role (end to end)', () => {
  const platform = new TestPlatform('e2e_authz', 4800);

  beforeAll(() => platform.start());
  afterAll(() => platform.stop());

  it('refuses each role the table does not allow with 403, and lets each allowed role past the role checks', async () => {
    // The table under test is the gateway's own, as it publishes it in its OpenAPI document.
    const openapi = await platform.api('GET', '/api/openapi.json');
    const RoutePermissions: Record<string, string[]> = {};
    for (const [path, item] of Object.entries(
      openapi.body.paths as Record<string, Record<string, { 'x-allowed-roles'?: string[] }>>,
    )) {
      for (const [method, operation] of Object.entries(item)) {
        const roles = operation['x-allowed-roles'];
        if (roles) RoutePermissions[`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`] = roles;
      }
    }
    expect(Object.keys(RoutePermissions).length).toBeGreaterThan(60);
    const tokens = Object.fromEntries(
      await Promise.all(Roles.map(async (r) => [r, await platform.token(r, CA)])),
    );
    const wrong: string[] = [];
    let calls = 0;
    for (const [route, allowed] of Object.entries(RoutePermissions)) {
      const [method, pattern] = route.split(' ') as [string, string];
      const url = pattern.replace(/:(\w+)/g, (_m, name: string) => parameter(name));
      for (const role of Roles) {
        const answer = await platform.api(method, url, {
          token: tokens[role],
          ...(method === 'GET' || method === 'DELETE' ? {} : { body: {} }),
        });
        calls++;
        const detail = String(answer.body?.detail ?? '');
        const refusedForRole = answer.status === 403 && /the role \w+ may not/.test(detail);
        if (answer.status >= 500) wrong.push(`${route} as ${role}: ${answer.status} ${detail}`);
        if (!answer.contentType.startsWith('application/problem+json') && answer.status >= 400) {
          wrong.push(`${route} as ${role}: ${answer.status} without a problem document`);
        }
        if (allowed.includes(role) && refusedForRole) wrong.push(`${route} as ${role}: refused (${detail})`);
        if (!allowed.includes(role) && !(answer.status === 403 && detail.includes(`may not call ${route}`))) {
          wrong.push(`${route} as ${role}: ${answer.status}, expected the gateway's 403`);
        }
      }
    }
    expect(calls).toBe(Object.keys(RoutePermissions).length * Roles.length);
    expect(wrong).toEqual([]);
  });
});

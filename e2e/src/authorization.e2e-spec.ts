import { randomUUID } from 'node:crypto';
import { Roles } from '@nrm/contracts';
import { eventually } from '@nrm/testing';
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

  let tokens: Record<string, string>;

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
    tokens = Object.fromEntries(await Promise.all(Roles.map(async (r) => [r, await platform.token(r, CA)])));
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

  it('records each refusal in the audit log of the service that owns the route, though it never got there', async () => {
    const caseId = randomUUID();
    const refused = await platform.api('GET', `/api/v1/protection/cases/${caseId}`, {
      token: tokens['analyst'],
      headers: { 'x-access-purpose': 'audit_review' },
    });
    expect(refused.status).toBe(403);
    const denial = await eventually(async () => {
      const rows = await platform.sql(
        `SELECT actor_agency, actor_role, action, what, case_id, outcome, purpose FROM "${platform.schema('protection')}".audit_log
          WHERE case_id = $1`,
        [caseId],
      );
      expect(rows).toHaveLength(1);
      return rows[0];
    });
    expect(denial).toEqual({
      actor_agency: CA,
      actor_role: 'analyst',
      action: 'denied',
      what: 'gateway GET /api/v1/protection/cases/:caseId',
      case_id: caseId,
      outcome: 403,
      purpose: 'audit_review',
    });
    const denials = await platform.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${platform.schema('prosecution-tracking')}".audit_log
        WHERE action = 'denied' AND what LIKE 'gateway %'`,
    );
    expect(denials[0].n).toBeGreaterThan(0);
  });

  it('refuses an access purpose the platform does not know, naming the header', async () => {
    const unknownPurpose = await platform.api('GET', '/api/v1/inbox', {
      token: tokens['analyst'],
      headers: { 'x-access-purpose': 'curiosity' },
    });
    expect(unknownPurpose.status).toBe(400);
    expect(unknownPurpose.body.errors).toEqual([expect.objectContaining({ field: 'X-Access-Purpose' })]);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { RouteTable } from '@nrm/api-contracts';
import type { OperationId } from '@nrm/api-contracts';

/**
 * The services check the same table the gateway does: the service that owns a route names its entry
 * (`permit(actor, Routes.x)` in the handler, or the route passed to the service's access helper), so
 * a role changed in the table changes both. The exceptions say why the owner checks no roles of its
 * own, or which entry it checks instead.
 */
const ROOT = path.resolve(__dirname, '../../../..');

const CheckedAs: Partial<Record<OperationId, string>> = {
  // intake's ReferralAccess.canSee: one rule for every reader of a referral.
  referralVersions: 'referralStatus',
  referralConsents: 'referralStatus',
  // The gateway composes the case view; intake's reader rule decides first (its 404 ends the request).
  caseView: 'referralStatus',
  // One count query answers the table and its chart.
  statisticsChart: 'statisticsTable',
};

const Unchecked: Partial<Record<OperationId, string>> = {
  inbox: "refuses no role: the rows addressed to the actor's agency and role",
  markNotificationRead: "refuses no role: 404 unless addressed to the actor's role",
  agencyPreferences: "refuses no role: the actor's own agency's language and calendar",
  readPersonalData: 'a view per role and involvement (intake personal-data/disclosure-rules.ts)',
};

/** The TypeScript sources (tests aside) under a folder. */
function sources(folder: string): string {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !/\.(spec|int-spec|test-fixture|generated)\.ts$/.test(f))
    .map((f) => readFileSync(path.join(ROOT, folder, f), 'utf8'))
    .join('\n');
}

const owners = new Map<string, string>();
const ownerSources = (service: string) => {
  let text = owners.get(service);
  if (text === undefined) {
    // The case view and its access log are composed from every service and the service kit's audit.
    text =
      service === 'gateway' ? '' : `${sources(`apps/${service}/src`)}\n${sources('libs/service-kit/src')}`;
    owners.set(service, text);
  }
  return text;
};

describe('the services check the route table', () => {
  it.each(RouteTable.map((r) => [r.operationId, r] as const))('%s', (operationId, route) => {
    if (Unchecked[operationId]) return;
    const entry = CheckedAs[operationId] ?? operationId;
    const owner = ownerSources(route.service);
    expect({ operationId, checked: owner.includes(`Routes.${entry}`) }).toEqual({
      operationId,
      checked: true,
    });
  });

  it('names only routes of the table among its exceptions', () => {
    const ids = new Set<string>(RouteTable.map((r) => r.operationId));
    expect([...Object.keys(CheckedAs), ...Object.keys(Unchecked)].filter((id) => !ids.has(id))).toEqual([]);
  });
});

// `npm run demo` (with the platform running): sends the demo scenarios in seeds/demo through the
// gateway as the agencies would, then prints each case's timeline as its stages are reached.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devToken } from './dev-token.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000';
const scenarios = JSON.parse(readFileSync(path.join(ROOT, 'seeds', 'demo', 'scenarios.json'), 'utf8'));
const today = new Date().toISOString().slice(0, 10);
const clock = () => new Date().toISOString().slice(11, 23);

function withToday(value) {
  return JSON.parse(JSON.stringify(value).replaceAll('"@today"', `"${today}"`));
}

async function call(method, url, token, body) {
  const res = await fetch(`${gateway}${url}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

try {
  await fetch(`${gateway}/health/ready`);
} catch {
  console.error(`The gateway at ${gateway} does not answer; start the platform with npm start first.`);
  process.exit(1);
}

const cases = [];
for (const scenario of scenarios) {
  const token = await devToken(scenario.as.role, scenario.as.agencyId);
  const res = await call('POST', '/api/v1/referrals', token, withToday(scenario.referral));
  if (res.status !== 201) {
    console.log(`${clock()}  ${scenario.name}: refused ${res.status} ${JSON.stringify(res.body)}`);
    continue;
  }
  console.log(
    `${clock()}  ${res.body.caseReference}  referral accepted  - ${scenario.name}${res.body.handledAsChild ? ' (handled as a child)' : ''}`,
  );
  cases.push({ ...res.body, token, seen: new Set(['referral']) });
}

const deadline = Date.now() + 30_000;
while (cases.some((c) => !c.seen.has('screening') || !c.seen.has('notification')) && Date.now() < deadline) {
  for (const c of cases) {
    const view = await call('GET', `/api/v1/cases/${c.caseId}`, c.token);
    if (view.status !== 200) continue;
    if (view.body.screening && !c.seen.has('screening')) {
      c.seen.add('screening');
      console.log(
        `${clock()}  ${c.caseReference}  screening opened   - assigned to ${view.body.screening.assignedAgencyId}, preliminary decision due ${view.body.screening.preliminaryDecisionDueOn}`,
      );
    }
    if (view.body.referral.duplicateStatus === 'suspected' && !c.seen.has('duplicate')) {
      c.seen.add('duplicate');
      console.log(
        `${clock()}  ${c.caseReference}  likely duplicate  - of an earlier referral; a supervisor reviews it`,
      );
    }
    if (view.body.notifications.length && !c.seen.has('notification')) {
      c.seen.add('notification');
      const n = view.body.notifications[0];
      console.log(`${clock()}  ${c.caseReference}  referrer notified  - [${n.language}] ${n.title}`);
    }
  }
  await new Promise((r) => setTimeout(r, 200));
}
const missing = cases.filter((c) => !c.seen.has('screening') || !c.seen.has('notification'));
console.log(
  missing.length
    ? `${missing.length} case(s) did not reach every stage in 30 s`
    : `\n${cases.length} cases reached every stage.`,
);
process.exit(missing.length ? 1 : 0);

import { NeedToKnowScopes, RoutePermissions, RouteTable, routeKey } from '@nrm/api-contracts';
import type { RouteDefinition } from '@nrm/api-contracts';
import { Roles } from '@nrm/contracts';
import type { Role } from '@nrm/contracts';
import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * Writes each operation's roles into the OpenAPI document (`x-allowed-roles`, and a line of its
 * description), so agencies read who may call what where they read the API.
 */
export function addAllowedRoles(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    const route = path.replace(/\{(\w+)\}/g, ':$1');
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      const roles = RoutePermissions[`${method.toUpperCase()} ${route}`];
      if (!operation || !roles) continue;
      Object.assign(operation, { 'x-allowed-roles': [...roles] });
      operation.description = [operation.description, `Roles: ${roles.join(', ')}.`]
        .filter(Boolean)
        .join('\n\n');
    }
  }
}

/** The route x role table of `docs/authorization.md`, with each route's need-to-know rule, from the route table. */
export function renderAuthorizationTable(table: readonly RouteDefinition[] = RouteTable): string {
  const short: Record<Role, string> = {
    first_responder: 'FR',
    identification_officer: 'IO',
    supervisor: 'SV',
    protection_case_worker: 'CW',
    service_provider: 'SP',
    investigator: 'IN',
    prosecutor: 'PR',
    analyst: 'AN',
    administrator: 'AD',
  };
  const routes = [...table].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  const scopes = [...new Set(routes.map((route) => route.scope))].sort();
  const lines = [
    '# Who may call what',
    '',
    'Generated from the route table (`libs/api-contracts/src/routes/`) by `npm run docs`; do not edit by hand.',
    '',
    'The gateway refuses a role not marked here with 403 before anything is relayed, and a route not',
    "listed at all. Each service checks the role again, then checks the object: the caller's agency",
    'must be involved in the case (the referrer, the assigned competent authority, a protection agency',
    'holding it, a provider it was referred to, an investigation it belongs to); a case the agency may',
    'not see answers 404. `e2e/src/authorization.e2e-spec.ts` calls every route with every role.',
    '',
    `Roles: ${Roles.map((r) => `${short[r]} ${r}`).join(', ')}.`,
    '',
    `| route | ${Roles.map((r) => short[r]).join(' | ')} | need to know |`,
    `| --- | ${Roles.map(() => ':-:').join(' | ')} | --- |`,
    ...routes.map(
      (route) =>
        `| \`${routeKey(route)}\` | ${Roles.map((r) => (route.roles.includes(r) ? 'yes' : '-')).join(' | ')} | ${route.scope}${route.note ? `; ${route.note}` : ''} |`,
    ),
    '',
    '## Need to know',
    '',
    'What the owning service checks once the role is allowed; a record outside it answers 404 unless noted.',
    '',
    ...scopes.map((scope) => `- \`${scope}\`: ${NeedToKnowScopes[scope]}.`),
    '',
  ];
  return lines.join('\n');
}

import { Roles } from '@nrm/contracts';
import type { Role } from '@nrm/contracts';
import type { OpenAPIObject } from '@nestjs/swagger';
import { RoutePermissions } from './route-permissions';

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

/** The route x role table of `docs/authorization.md`, rendered from RoutePermissions. */
export function renderAuthorizationTable(permissions: Readonly<Record<string, readonly Role[]>>): string {
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
  const routes = Object.keys(permissions).sort((a, b) => {
    const [ma, pa] = a.split(' ') as [string, string];
    const [mb, pb] = b.split(' ') as [string, string];
    return pa.localeCompare(pb) || ma.localeCompare(mb);
  });
  const lines = [
    '# Who may call what',
    '',
    'Generated from `apps/gateway/src/auth/route-permissions.ts` by `npm run docs`; do not edit by hand.',
    '',
    'The gateway refuses a role not marked here with 403 before anything is relayed, and a route not',
    "listed at all. Each service checks the role again, then checks the object: the caller's agency",
    'must be involved in the case (the referrer, the assigned competent authority, a protection agency',
    'holding it, a provider it was referred to, an investigation it belongs to); a case the agency may',
    'not see answers 404. `e2e/src/authorization.e2e-spec.ts` calls every route with every role.',
    '',
    `Roles: ${Roles.map((r) => `${short[r]} ${r}`).join(', ')}.`,
    '',
    `| route | ${Roles.map((r) => short[r]).join(' | ')} |`,
    `| --- | ${Roles.map(() => ':-:').join(' | ')} |`,
    ...routes.map(
      (route) =>
        `| \`${route}\` | ${Roles.map((r) => ((permissions[route] ?? []).includes(r) ? 'yes' : '-')).join(' | ')} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

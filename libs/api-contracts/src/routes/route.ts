import type { Role, UpstreamServiceName } from '@nrm/contracts';
import type { NeedToKnowScope } from './need-to-know';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A request or response class of this library. */
export type ContractClass = abstract new (...args: never[]) => object;

/** How a path parameter is read: a UUID (any version, or version 4 only), or text from a list or free. */
export type PathParameter = 'uuid' | 'uuid4' | 'text' | { enum: readonly string[] };

/** A query parameter the route accepts; a relayed route passes on these, when present, and no others. */
export interface QueryParameter {
  name: string;
  required?: boolean;
  description?: string;
  enum?: readonly string[];
  example?: string | number;
}

/**
 * An answer the route documents: its success (the entry with the route's status: the answer's class,
 * or the media type of an answer that is not JSON), or a problem (a 409 and why).
 */
export interface RouteResponse {
  status: number;
  description?: string;
  type?: ContractClass;
  isArray?: boolean;
  /**
   * The media types of a success that is not only JSON (`text/csv`, `image/svg+xml`): each is declared
   * as text, but a JSON one (`application/json`) as `type`, for a route that answers either by the request.
   */
  mediaTypes?: readonly string[];
}

/** One route of the public API, as an area file declares it (its area supplies the tag and the service). */
export interface RouteSpec {
  method: HttpMethod;
  /** The public path, parameters as `:name`: `/api/v1/prosecution/investigations/:id`. */
  path: string;
  /** The service that owns the route's data and applies its object-level rule. */
  service?: UpstreamServiceName;
  /**
   * The owning service's internal path, with the public path's parameters: where the gateway relays.
   * Absent when the gateway answers itself (`handledBy: 'gateway'`).
   */
  upstream?: string;
  /** `gateway`: a hand-written handler (composition, streaming), still bound by this entry. */
  handledBy?: 'relay' | 'gateway';
  roles: readonly Role[];
  /** The object-level rule the owning service applies after the role (docs/authorization.md). */
  scope: NeedToKnowScope;
  /** What the service checks beyond the scope, where it matters (a supervisor-only override...). */
  note?: string;
  summary: string;
  description?: string;
  /** The success status. */
  status: 200 | 201 | 204;
  params?: Readonly<Record<string, PathParameter>>;
  query?: readonly QueryParameter[];
  /** The request body: its class, or a JSON schema for a body the service reads as a document. */
  body?: ContractClass | { schema: Record<string, unknown> };
  bodyExamples?: Readonly<Record<string, unknown>>;
  responses?: readonly RouteResponse[];
  /** A `location` header built from the answer's fields: `/api/v1/referrals/:caseId`. */
  location?: string;
}

/** The API areas, one OpenAPI tag and one file of routes each. */
export type RouteArea =
  | 'referrals'
  | 'identification'
  | 'cases'
  | 'notifications'
  | 'protection'
  | 'prosecution'
  | 'statistics'
  | 'exchange';

/** A route of the table: its spec with the area's tag and owning service filled in. */
export interface RouteDefinition extends RouteSpec {
  tag: RouteArea;
  service: UpstreamServiceName;
  handledBy: 'relay' | 'gateway';
}

/** The routes of one area, keyed by operation id, with the area's tag and default owning service. */
export function defineArea<K extends string>(
  area: { tag: RouteArea; service: UpstreamServiceName },
  routes: Record<K, RouteSpec>,
): Record<K, RouteDefinition> {
  return Object.fromEntries(
    Object.entries<RouteSpec>(routes).map(([id, spec]) => [
      id,
      { handledBy: 'relay', ...spec, tag: area.tag, service: spec.service ?? area.service },
    ]),
  ) as Record<K, RouteDefinition>;
}

/** `METHOD /path`, as the gateway's permission check and docs/authorization.md name a route. */
export function routeKey(route: Pick<RouteSpec, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}

/** Whether a role may call a route: the role layer, the same in the gateway and the owning service. */
export function permits(role: Role, route: Pick<RouteSpec, 'roles'>): boolean {
  return route.roles.includes(role);
}

import type { RouteDefinition } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import type { FastifyReply } from 'fastify';
import type { ServiceClient } from '../upstream/service-client';

/** The query string of the named parameters that are present, for passing on to a service. */
export function forwardQuery(params: Record<string, string | undefined>): string {
  const present = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined);
  return present.length === 0 ? '' : `?${new URLSearchParams(present).toString()}`;
}

/** A path with its `:name` parameters filled in, each encoded. */
export function fillPath(template: string, values: Record<string, unknown>): string {
  return template.replace(/:(\w+)/g, (_m, name: string) => encodeURIComponent(String(values[name])));
}

/** What a relayed request carries: its path parameters, declared query parameters and body. */
export interface RelayedRequest {
  params: Record<string, string>;
  query: Record<string, string | undefined>;
  body: unknown;
}

/**
 * Relays a request to the route's upstream path on its owning service, as the actor, and answers
 * with the service's body under the route's status (nothing for 204).
 */
export async function relay(
  services: ServiceClient,
  route: RouteDefinition,
  actor: Actor,
  request: RelayedRequest,
  reply: FastifyReply,
): Promise<unknown> {
  if (!route.upstream) throw new Error(`the route ${route.method} ${route.path} has no upstream path`);
  const path = `${fillPath(route.upstream, request.params)}${forwardQuery(request.query)}`;
  const answer = await services.call<Record<string, unknown>>(route.service, route.method, path, actor, {
    body: request.body,
  });
  if (route.location && answer.body) void reply.header('location', fillPath(route.location, answer.body));
  return route.status === 204 ? undefined : answer.body;
}

import { Body, Controller, Inject, Param, Query, Res } from '@nestjs/common';
import type { Type } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RouteTable } from '@nrm/api-contracts';
import type { RouteArea, RouteDefinition } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import type { FastifyReply } from 'fastify';
import { AuthenticatedActor } from '../auth/actor.decorator';
import { ServiceClient } from '../upstream/service-client';
import { relay } from './relay';
import { parameterPipe, pathParameters, routeDecorators } from './route-decorators';

interface RelayHost {
  readonly services: ServiceClient;
}

/**
 * Adds the handler of one relayed route to a controller: `(actor, reply, ...path parameters, body?,
 * ...query parameters)`, each argument bound by Nest's own decorators, so the pipes, the validation and
 * the OpenAPI document see it as they would a handler written by hand.
 */
function addRelayHandler(prototype: object, operationId: string, route: RouteDefinition): void {
  const params = pathParameters(route.path);
  const queries = (route.query ?? []).map((q) => q.name);
  const hasBody = route.body !== undefined;
  async function handler(this: RelayHost, actor: Actor, reply: FastifyReply, ...args: unknown[]) {
    const values = Object.fromEntries(params.map((name, i) => [name, String(args[i])]));
    const rest = args.slice(params.length + (hasBody ? 1 : 0));
    const query = Object.fromEntries(queries.map((name, i) => [name, rest[i] as string | undefined]));
    const body = hasBody ? args[params.length] : undefined;
    return relay(this.services, route, actor, { params: values, query, body }, reply);
  }
  // Named as its operation: @nestjs/swagger finds a handler's parameters by the function's name.
  Object.defineProperty(handler, 'name', { value: operationId });
  Object.defineProperty(prototype, operationId, { value: handler, writable: true, configurable: true });

  const bodyType = typeof route.body === 'function' ? route.body : Object;
  const types = [
    Object,
    Object,
    ...params.map(() => String),
    ...(hasBody ? [bodyType] : []),
    ...queries.map(() => String),
  ];
  Reflect.defineMetadata('design:paramtypes', types, prototype, operationId);
  AuthenticatedActor()(prototype, operationId, 0);
  Res({ passthrough: true })(prototype, operationId, 1);
  params.forEach((name, i) => {
    const pipe = parameterPipe(route.params?.[name]);
    (pipe ? Param(name, pipe) : Param(name))(prototype, operationId, 2 + i);
  });
  if (hasBody) Body()(prototype, operationId, 2 + params.length);
  queries.forEach((name, i) =>
    Query(name)(prototype, operationId, 2 + params.length + (hasBody ? 1 : 0) + i),
  );
  const descriptor = Object.getOwnPropertyDescriptor(prototype, operationId) as PropertyDescriptor;
  routeDecorators(operationId, route)(prototype, operationId, descriptor);
}

/** A controller relaying one area's routes to their services: `ProsecutionRelayController`. */
function relayController(
  area: RouteArea,
  routes: readonly (RouteDefinition & { operationId: string })[],
): Type {
  class RelayController implements RelayHost {
    constructor(readonly services: ServiceClient) {}
  }
  Inject(ServiceClient)(RelayController, undefined, 0);
  for (const route of routes) addRelayHandler(RelayController.prototype, route.operationId, route);
  Controller()(RelayController);
  ApiTags(area)(RelayController);
  ApiBearerAuth()(RelayController);
  const name = `${area[0]?.toUpperCase()}${area.slice(1)}RelayController`;
  Object.defineProperty(RelayController, 'name', { value: name });
  return RelayController;
}

/** One relaying controller per area, for every route of the table the gateway relays as it is. */
export function relayControllers(table = RouteTable): Type[] {
  const relayed = table.filter((route) => route.handledBy === 'relay');
  const areas = [...new Set(relayed.map((route) => route.tag))];
  return areas.map((area) =>
    relayController(
      area,
      relayed.filter((route) => route.tag === area),
    ),
  );
}

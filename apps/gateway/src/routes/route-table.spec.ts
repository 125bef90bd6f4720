import 'reflect-metadata';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RoutePermissions, RouteTable } from '@nrm/api-contracts';
import { Roles } from '@nrm/contracts';
import { expectGeneratedDoc } from '@nrm/testing';
import { renderAuthorizationTable } from '../auth/authorization-table';
import { GatewayModule } from '../gateway.module';
import { pathParameters } from './route-decorators';

/** `METHOD /path` of every route the gateway's controllers declare, as Fastify sees it. */
function declaredRoutes(): string[] {
  const controllers: (new (...args: never[]) => object)[] = Reflect.getMetadata('controllers', GatewayModule);
  return controllers.flatMap((controller) => {
    const prefix = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    return Object.getOwnPropertyNames(controller.prototype).flatMap((name) => {
      const handler = (controller.prototype as Record<string, unknown>)[name];
      if (typeof handler !== 'function' || name === 'constructor') return [];
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      const route = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (method === undefined || route === undefined) return [];
      const full = `/${[prefix, route].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/');
      return [`${RequestMethod[method]} ${full}`];
    });
  });
}

describe('the route table in the gateway', () => {
  it('has one entry for every gateway route under /api/v1 and none for a route that does not exist', () => {
    const declared = declaredRoutes().filter((r) => r.split(' ')[1]?.startsWith('/api/v1/'));
    expect(declared.length).toBeGreaterThan(60);
    expect(Object.keys(RoutePermissions).sort()).toEqual([...new Set(declared)].sort());
  });

  it('gives every route at least one role, only known roles, and keeps analysts to statistics', () => {
    for (const [route, roles] of Object.entries(RoutePermissions)) {
      expect({ route, empty: roles.length === 0 }).toEqual({ route, empty: false });
      for (const role of roles) expect(Roles).toContain(role);
      if (roles.includes('analyst')) {
        const statisticsOrOwn =
          /^(GET \/api\/v1\/(statistics|prosecution\/statistics|exchange\/statistics\/regional|inbox|agency\/preferences)|POST \/api\/v1\/inbox\/)/;
        expect(route).toMatch(statisticsOrOwn);
      }
    }
  });

  it('relays each relayed route to an upstream path with the same parameters, and declares every parameter', () => {
    for (const route of RouteTable) {
      const params = pathParameters(route.path);
      expect({
        route: route.operationId,
        declared: Object.keys(route.params ?? {}).every((p) => params.includes(p)),
      }).toEqual({
        route: route.operationId,
        declared: true,
      });
      if (route.handledBy === 'gateway') continue;
      expect({ route: route.operationId, upstream: pathParameters(route.upstream ?? '').sort() }).toEqual({
        route: route.operationId,
        upstream: [...params].sort(),
      });
      expect(route.upstream).toMatch(/^\/internal\//);
    }
  });

  it('is the table in docs/authorization.md', () => {
    expectGeneratedDoc('docs/authorization.md', renderAuthorizationTable());
  });
});

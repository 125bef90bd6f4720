import { CaseRoutes } from './cases.routes';
import { ExchangeRoutes } from './exchange.routes';
import { IndicatorCatalogueRoutes, ScreeningRoutes } from './identification.routes';
import { NotificationRoutes } from './notifications.routes';
import { ProsecutionRoutes } from './prosecution.routes';
import { ProtectionRoutes } from './protection.routes';
import { ReferralRoutes } from './referrals.routes';
import { routeKey } from './route';
import type { RouteDefinition } from './route';
import { StatisticsRoutes } from './statistics.routes';

export * from './route';
export * from './need-to-know';

/** Every route of the public API, by operation id: the one place a route is declared. */
export const Routes = {
  ...ReferralRoutes,
  ...ScreeningRoutes,
  ...IndicatorCatalogueRoutes,
  ...CaseRoutes,
  ...NotificationRoutes,
  ...ProtectionRoutes,
  ...ProsecutionRoutes,
  ...StatisticsRoutes,
  ...ExchangeRoutes,
};

export type OperationId = keyof typeof Routes;

/** The table as a list, each route with its operation id. */
export const RouteTable: readonly (RouteDefinition & { operationId: OperationId })[] = (
  Object.entries(Routes) as [OperationId, RouteDefinition][]
).map(([operationId, route]) => ({ ...route, operationId }));

const byKey = new Map(RouteTable.map((route) => [routeKey(route), route]));

/** The route declared as `METHOD /path` (path parameters as `:name`), if any. */
export function routeAt(key: string): (RouteDefinition & { operationId: OperationId }) | undefined {
  return byKey.get(key);
}

/** The roles of each route by `METHOD /path`: docs/authorization.md and the OpenAPI document. */
export const RoutePermissions: Readonly<Record<string, RouteDefinition['roles']>> = Object.fromEntries(
  RouteTable.map((route) => [routeKey(route), route.roles]),
);

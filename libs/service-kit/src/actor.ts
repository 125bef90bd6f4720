import { createParamDecorator } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { permits } from '@nrm/api-contracts';
import type { RouteSpec } from '@nrm/api-contracts';
import { AccessPurposes, Roles } from '@nrm/contracts';
import type { AccessPurpose, Role } from '@nrm/contracts';
import type { Actor } from '@nrm/security';
import { ProblemException } from './problem';

/** Headers through which the gateway tells a service who is acting, after authenticating them. */
export const ActorHeaders = {
  userId: 'x-nrm-actor-user',
  agencyId: 'x-nrm-actor-agency',
  role: 'x-nrm-actor-role',
  purpose: 'x-nrm-access-purpose',
  correlationId: 'x-correlation-id',
} as const;

export function actorHeaders(actor: Actor): Record<string, string> {
  return {
    [ActorHeaders.userId]: actor.userId,
    [ActorHeaders.agencyId]: actor.agencyId,
    [ActorHeaders.role]: actor.role,
    ...(actor.purpose ? { [ActorHeaders.purpose]: actor.purpose } : {}),
  };
}

export function actorFromHeaders(headers: FastifyRequest['headers']): Actor {
  const userId = headers[ActorHeaders.userId];
  const agencyId = headers[ActorHeaders.agencyId];
  const role = headers[ActorHeaders.role];
  if (typeof userId !== 'string' || typeof agencyId !== 'string' || typeof role !== 'string') {
    throw new ProblemException('unauthenticated', 'no acting user was given');
  }
  if (!(Roles as readonly string[]).includes(role)) throw new ProblemException('forbidden', 'unknown role');
  const purpose = headers[ActorHeaders.purpose];
  return {
    userId,
    agencyId,
    role: role as Role,
    ...(typeof purpose === 'string' && (AccessPurposes as readonly string[]).includes(purpose)
      ? { purpose: purpose as AccessPurpose }
      : {}),
  };
}

/** The acting user of an internal request, as the gateway authenticated them. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  return actorFromHeaders(ctx.switchToHttp().getRequest<FastifyRequest>().headers);
});

/** Refuses the request unless the actor holds one of the roles. */
export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (!roles.includes(actor.role))
    throw new ProblemException('forbidden', `the role ${actor.role} may not do this`);
}

/**
 * Refuses the request unless the route table lets the actor's role call the route: the owning
 * service's check of the same rule the gateway applies, e.g. `permit(actor, Routes.openInvestigation)`.
 */
export function permit(actor: Actor, route: Pick<RouteSpec, 'roles'>): void {
  if (!permits(actor.role, route))
    throw new ProblemException('forbidden', `the role ${actor.role} may not do this`);
}

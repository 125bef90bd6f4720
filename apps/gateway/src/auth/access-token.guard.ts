import { Inject, Injectable } from '@nestjs/common';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { permits, routeAt } from '@nrm/api-contracts';
import { AccessPurposes, defaultAccessPurpose } from '@nrm/contracts';
import type { AccessPurpose, Role } from '@nrm/contracts';
import { AccessTokenError, AccessTokenVerifier, KeySetUnavailableError } from '@nrm/security';
import type { Actor } from '@nrm/security';
import type { Logger } from '@nrm/observability';
import { LOGGER, ProblemException } from '@nrm/service-kit';
import { RefusalAudit } from './refusal-audit';
import { RequestQuota } from './request-quota';

export type AuthenticatedRequest = FastifyRequest & { actor?: Actor };

/** Why the user acts: the `X-Access-Purpose` the client states, or the work of their role. */
function accessPurposeOf(request: FastifyRequest, role: Role): AccessPurpose {
  const stated = request.headers['x-access-purpose'];
  if (stated === undefined) return defaultAccessPurpose(role);
  if (typeof stated === 'string' && (AccessPurposes as readonly string[]).includes(stated)) {
    return stated as AccessPurpose;
  }
  throw new ProblemException('validation', 'the X-Access-Purpose header is not a known purpose', [
    { field: 'X-Access-Purpose', message: `must be one of ${AccessPurposes.join(', ')}` },
  ]);
}

/**
 * Every route under /api/v1 needs a valid bearer token, within the user's and the agency's request
 * quota, of a role the route's entry in the route table (@nrm/api-contracts Routes) allows; health,
 * metrics and docs do not.
 */
@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    @Inject(AccessTokenVerifier) private readonly verifier: AccessTokenVerifier,
    private readonly quota: RequestQuota,
    private readonly refusals: RefusalAudit,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!request.url.startsWith('/api/v1/')) return true;
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header) : null;
    if (!match)
      throw new ProblemException(
        'unauthenticated',
        'send an access token as "Authorization: Bearer <token>"',
      );
    try {
      request.actor = await this.verifier.verify(match[1]);
    } catch (error) {
      if (error instanceof AccessTokenError) throw new ProblemException('unauthenticated', error.message);
      if (error instanceof KeySetUnavailableError) {
        throw new ProblemException('upstreamUnavailable', 'access tokens cannot be checked just now');
      }
      throw error;
    }
    request.actor.purpose = accessPurposeOf(request, request.actor.role);
    const verdict = await this.quota.take(request.actor);
    if (!verdict.allowed) {
      void context
        .switchToHttp()
        .getResponse<FastifyReply>()
        .header('retry-after', String(verdict.retryAfterSeconds));
      throw new ProblemException(
        'rateLimited',
        `too many requests from your ${verdict.exceeded?.startsWith('agency:') ? 'agency' : 'account'}; retry in ${verdict.retryAfterSeconds} s`,
      );
    }
    const route = `${request.method} ${request.routeOptions.url ?? request.url}`;
    const declared = routeAt(route);
    if (!declared) {
      this.logger.error({ route }, 'a route has no entry in the route table; refused');
      throw new ProblemException('forbidden', 'this route has no access rule');
    }
    if (!permits(request.actor.role, declared)) {
      this.refusals.record(request.actor, route, (request.params ?? {}) as Record<string, unknown>);
      throw new ProblemException('forbidden', `the role ${request.actor.role} may not call ${route}`);
    }
    return true;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { routeAt } from '@nrm/api-contracts';
import type { Logger } from '@nrm/observability';
import { describeError } from '@nrm/observability';
import type { Actor } from '@nrm/security';
import { LOGGER } from '@nrm/service-kit';
import { ServiceClient } from '../upstream/service-client';
import type { UpstreamService } from '../upstream/service-client';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The service whose audit log holds what happens on a gateway route: its owner in the route table. */
export function routeOwner(route: string): UpstreamService | undefined {
  return routeAt(route)?.service;
}

/**
 * Requests the gateway refuses for their role never reach a service; each is reported to the service
 * that owns the route, whose hash-chained audit log records it as a denial (who, agency, role, route,
 * case). In the background: the refusal is answered at once, and a report that fails is logged.
 */
@Injectable()
export class RefusalAudit {
  constructor(
    private readonly services: ServiceClient,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  record(actor: Actor, route: string, params: Record<string, unknown>): void {
    const owner = routeOwner(route);
    if (!owner) return;
    const ids = Object.fromEntries(
      Object.entries(params).filter(
        (e): e is [string, string] => typeof e[1] === 'string' && /^[\w.:-]{1,100}$/.test(e[1]),
      ),
    );
    const { caseId, ...others } = ids;
    const body = { route, ids: others, ...(caseId && UUID.test(caseId) ? { caseId } : {}) };
    void this.services
      .call(owner, 'POST', '/internal/audit/denials', actor, { body })
      .catch((error: unknown) => {
        this.logger.error({ ...describeError(error), route }, 'audit: a refusal was not recorded');
      });
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { requireRole } from '@nrm/service-kit';
import { RoutingRepository } from '../routing.repository';
import type { RoutingRule } from '../routing-rules';

/** The rule per kind of notification that applies to the actor's agency. */
@Injectable()
export class AgencySubscriptions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly routing: RoutingRepository,
  ) {}

  async execute(actor: Actor): Promise<{ agencyId: string; subscriptions: RoutingRule[] }> {
    requireRole(actor, 'administrator', 'supervisor');
    return {
      agencyId: actor.agencyId,
      subscriptions: await this.routing.rulesOf(this.dataSource, actor.agencyId),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { requireRole } from '@nrm/service-kit';
import { knownKind, ruleFor } from '../notification-kinds';
import { RoutingRepository } from '../routing.repository';
import type { RoutingRule } from '../routing-rules';

/** An agency administrator goes back to the default for one kind. */
@Injectable()
export class ResetSubscription {
  constructor(
    private readonly dataSource: DataSource,
    private readonly routing: RoutingRepository,
  ) {}

  async execute(actor: Actor, kind: string): Promise<RoutingRule> {
    requireRole(actor, 'administrator');
    const known = knownKind(kind);
    await this.routing.reset(this.dataSource, actor.agencyId, known);
    return ruleFor(await this.routing.rulesOf(this.dataSource, actor.agencyId), known);
  }
}

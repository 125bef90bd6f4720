import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SubscriptionResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { knownKind, ruleFor } from '../notification-kinds';
import { RoutingRepository } from '../routing.repository';
import { Routes } from '@nrm/api-contracts';

/** An agency administrator goes back to the default for one kind. */
@Injectable()
export class ResetSubscription {
  constructor(
    private readonly dataSource: DataSource,
    private readonly routing: RoutingRepository,
  ) {}

  async execute(actor: Actor, kind: string): Promise<SubscriptionResponse> {
    permit(actor, Routes.resetSubscription);
    const known = knownKind(kind);
    await this.routing.reset(this.dataSource, actor.agencyId, known);
    return ruleFor(await this.routing.rulesOf(this.dataSource, actor.agencyId), known);
  }
}

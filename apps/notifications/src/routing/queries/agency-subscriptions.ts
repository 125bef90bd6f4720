import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AgencySubscriptionsResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { RoutingRepository } from '../routing.repository';
import { Routes } from '@nrm/api-contracts';

/** The rule per kind of notification that applies to the actor's agency. */
@Injectable()
export class AgencySubscriptions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly routing: RoutingRepository,
  ) {}

  async execute(actor: Actor): Promise<AgencySubscriptionsResponse> {
    permit(actor, Routes.subscriptions);
    return {
      agencyId: actor.agencyId,
      subscriptions: await this.routing.rulesOf(this.dataSource, actor.agencyId),
    };
  }
}

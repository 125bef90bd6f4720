import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SubscriptionRequest, SubscriptionResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { knownKind, noSuchKind, ruleFor } from '../notification-kinds';
import { RoutingRepository } from '../routing.repository';
import { subscriptionRefusal } from '../routing-rules';
import { Routes } from '@nrm/api-contracts';

/** An agency administrator replaces the default for one kind: whether, to whom and on which channels. */
@Injectable()
export class SubscribeAgency {
  constructor(
    private readonly dataSource: DataSource,
    private readonly routing: RoutingRepository,
  ) {}

  async execute(actor: Actor, kind: string, change: SubscriptionRequest): Promise<SubscriptionResponse> {
    permit(actor, Routes.setSubscription);
    const defaults = await this.routing.defaultFor(this.dataSource, knownKind(kind));
    if (!defaults) throw noSuchKind();
    const refusal = subscriptionRefusal(defaults, change);
    if (refusal) throw new ProblemException('validation', refusal.message, [refusal]);
    await this.routing.subscribe(this.dataSource, actor.agencyId, defaults.kind, change, actor.userId);
    return ruleFor(await this.routing.rulesOf(this.dataSource, actor.agencyId), defaults.kind);
  }
}

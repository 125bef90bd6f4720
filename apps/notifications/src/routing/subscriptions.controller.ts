import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { NotificationKinds } from '@nrm/contracts';
import type { NotificationKind } from '@nrm/contracts';
import { SubscriptionRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor, ProblemException, requireRole } from '@nrm/service-kit';
import { RoutingRepository } from './routing.repository';
import { subscriptionRefusal } from './routing-rules';
import type { RoutingRule } from './routing-rules';

function knownKind(kind: string): NotificationKind {
  if (!(NotificationKinds as readonly string[]).includes(kind)) {
    throw new ProblemException(
      'notFound',
      `there is no such notification kind; the kinds are ${NotificationKinds.join(', ')}`,
    );
  }
  return kind as NotificationKind;
}

/** Internal API: an agency's subscriptions (routing rules) per kind of notification. */
@Controller('internal/subscriptions')
export class SubscriptionsController {
  constructor(private readonly routing: RoutingRepository) {}

  @Get()
  async list(@CurrentActor() actor: Actor): Promise<{ agencyId: string; subscriptions: RoutingRule[] }> {
    requireRole(actor, 'administrator', 'supervisor');
    return { agencyId: actor.agencyId, subscriptions: await this.routing.rulesOf(actor.agencyId) };
  }

  @Put(':kind')
  async put(
    @Param('kind') kind: string,
    @Body() body: SubscriptionRequest,
    @CurrentActor() actor: Actor,
  ): Promise<RoutingRule> {
    requireRole(actor, 'administrator');
    const defaults = await this.routing.defaultFor(knownKind(kind));
    if (!defaults)
      throw new ProblemException(
        'notFound',
        `there is no such notification kind; the kinds are ${NotificationKinds.join(', ')}`,
      );
    const refusal = subscriptionRefusal(defaults, body);
    if (refusal) throw new ProblemException('validation', refusal.message, [refusal]);
    await this.routing.subscribe(actor.agencyId, defaults.kind, body, actor.userId);
    return this.ruleOf(actor, defaults.kind);
  }

  @Delete(':kind')
  @HttpCode(200)
  async reset(@Param('kind') kind: string, @CurrentActor() actor: Actor): Promise<RoutingRule> {
    requireRole(actor, 'administrator');
    await this.routing.reset(actor.agencyId, knownKind(kind));
    return this.ruleOf(actor, kind as NotificationKind);
  }

  private async ruleOf(actor: Actor, kind: NotificationKind): Promise<RoutingRule> {
    const rule = (await this.routing.rulesOf(actor.agencyId)).find((r) => r.kind === kind);
    if (!rule)
      throw new ProblemException(
        'notFound',
        `there is no such notification kind; the kinds are ${NotificationKinds.join(', ')}`,
      );
    return rule;
  }
}

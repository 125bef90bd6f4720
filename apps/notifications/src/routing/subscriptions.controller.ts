import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { SubscriptionRequest } from '@nrm/api-contracts';
import type { AgencySubscriptionsResponse, SubscriptionResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { ResetSubscription } from './commands/reset-subscription';
import { SubscribeAgency } from './commands/subscribe-agency';
import { AgencySubscriptions } from './queries/agency-subscriptions';

/** Internal API: an agency's subscriptions (routing rules) per kind of notification. */
@Controller('internal/subscriptions')
export class SubscriptionsController {
  constructor(
    private readonly subscriptions: AgencySubscriptions,
    private readonly subscribe: SubscribeAgency,
    private readonly resetSubscription: ResetSubscription,
  ) {}

  @Get()
  list(@CurrentActor() actor: Actor): Promise<AgencySubscriptionsResponse> {
    return this.subscriptions.execute(actor);
  }

  @Put(':kind')
  put(
    @Param('kind') kind: string,
    @Body() body: SubscriptionRequest,
    @CurrentActor() actor: Actor,
  ): Promise<SubscriptionResponse> {
    return this.subscribe.execute(actor, kind, body);
  }

  @Delete(':kind')
  @HttpCode(200)
  reset(@Param('kind') kind: string, @CurrentActor() actor: Actor): Promise<SubscriptionResponse> {
    return this.resetSubscription.execute(actor, kind);
  }
}

import { Module } from '@nestjs/common';
import { ResetSubscription } from './commands/reset-subscription';
import { SubscribeAgency } from './commands/subscribe-agency';
import { AgencySubscriptions } from './queries/agency-subscriptions';
import { RoutingRepository } from './routing.repository';
import { SubscriptionsController } from './subscriptions.controller';

/** Who receives each kind of notification: the seeded defaults and each agency's subscriptions. */
@Module({
  controllers: [SubscriptionsController],
  providers: [RoutingRepository, AgencySubscriptions, SubscribeAgency, ResetSubscription],
  exports: [RoutingRepository],
})
export class RoutingModule {}

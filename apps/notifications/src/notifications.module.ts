import { Module } from '@nestjs/common';
import { AgencyPreferencesController } from './agencies/agency-preferences.controller';
import { DeliveryHistoryController } from './deliveries/delivery-history.controller';
import { DigestScheduler } from './digest/digest-scheduler';
import { RoutingRepository } from './routing/routing.repository';
import { SubscriptionsController } from './routing/subscriptions.controller';
import { InboxController } from './inbox/inbox.controller';
import { NotificationEvents } from './inbox/notification.events';
import { RecordNotification } from './inbox/record-notification.usecase';
import { CHANNEL_SENDERS } from './deliveries/channel-sender';
import { DeliveryDispatcher } from './deliveries/delivery-dispatcher';
import { EmailEndpointController } from './email/email-endpoint.controller';
import { EmailSender } from './email/email-sender';
import { WebhookSender } from './webhooks/webhook-sender';
import { WebhookEndpointController } from './webhooks/webhook-endpoint.controller';
import { SecurityAlertsController } from './inbox/security-alerts.controller';

@Module({
  controllers: [
    InboxController,
    SecurityAlertsController,
    WebhookEndpointController,
    EmailEndpointController,
    SubscriptionsController,
    AgencyPreferencesController,
    DeliveryHistoryController,
    NotificationEvents,
  ],
  providers: [
    RoutingRepository,
    RecordNotification,
    WebhookSender,
    EmailSender,
    {
      provide: CHANNEL_SENDERS,
      inject: [WebhookSender, EmailSender],
      useFactory: (...senders: unknown[]) => senders,
    },
    DeliveryDispatcher,
    DigestScheduler,
  ],
})
export class NotificationsModule {}

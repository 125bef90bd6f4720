import { Module } from '@nestjs/common';
import { InboxController } from './inbox/inbox.controller';
import { NotificationEvents } from './inbox/notification.events';
import { RecordNotification } from './inbox/record-notification.usecase';
import { CHANNEL_SENDERS } from './deliveries/channel-sender';
import { DeliveryDispatcher } from './deliveries/delivery-dispatcher';
import { EmailEndpointController } from './email/email-endpoint.controller';
import { EmailSender } from './email/email-sender';
import { WebhookSender } from './webhooks/webhook-sender';
import { WebhookEndpointController } from './webhooks/webhook-endpoint.controller';

@Module({
  controllers: [InboxController, WebhookEndpointController, EmailEndpointController, NotificationEvents],
  providers: [
    RecordNotification,
    WebhookSender,
    EmailSender,
    {
      provide: CHANNEL_SENDERS,
      inject: [WebhookSender, EmailSender],
      useFactory: (...senders: unknown[]) => senders,
    },
    DeliveryDispatcher,
  ],
})
export class NotificationsModule {}

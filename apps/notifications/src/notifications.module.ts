import { Module } from '@nestjs/common';
import { InboxController } from './inbox/inbox.controller';
import { NotificationEvents } from './inbox/notification.events';
import { RecordNotification } from './inbox/record-notification.usecase';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher';
import { WebhookEndpointController } from './webhooks/webhook-endpoint.controller';

@Module({
  controllers: [InboxController, WebhookEndpointController, NotificationEvents],
  providers: [RecordNotification, WebhookDispatcher],
})
export class NotificationsModule {}

import { Module } from '@nestjs/common';
import { AgenciesModule } from './agencies/agencies.module';
import { DeliveriesModule } from './deliveries/deliveries.module';
import { DigestModule } from './digest/digest.module';
import { EmailModule } from './email/email.module';
import { InboxModule } from './inbox/inbox.module';
import { RoutingModule } from './routing/routing.module';
import { WebhooksModule } from './webhooks/webhooks.module';

@Module({
  imports: [
    AgenciesModule,
    RoutingModule,
    InboxModule,
    EmailModule,
    WebhooksModule,
    DeliveriesModule,
    DigestModule,
  ],
})
export class NotificationsModule {}

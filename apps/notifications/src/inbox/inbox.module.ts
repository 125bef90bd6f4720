import { Module } from '@nestjs/common';
import { EmailModule } from '../email/email.module';
import { RoutingModule } from '../routing/routing.module';
import { MarkNotificationRead } from './commands/mark-notification-read';
import { RecordNotification } from './commands/record-notification';
import { ReportSecurityAlert } from './commands/report-security-alert';
import { InboxController } from './inbox.controller';
import { NotificationEvents } from './notification.events';
import { NotificationRepository } from './notification.repository';
import { InboxItems } from './queries/inbox-items';
import { SecurityAlertsController } from './security-alerts.controller';

/** Notifications recorded from the platform's events into each agency's inbox, and read there. */
@Module({
  imports: [RoutingModule, EmailModule],
  controllers: [InboxController, SecurityAlertsController, NotificationEvents],
  providers: [
    NotificationRepository,
    RecordNotification,
    ReportSecurityAlert,
    MarkNotificationRead,
    InboxItems,
  ],
  exports: [RecordNotification],
})
export class InboxModule {}

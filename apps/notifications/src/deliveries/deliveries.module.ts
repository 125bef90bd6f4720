import { Module } from '@nestjs/common';
import { EmailModule } from '../email/email.module';
import { EmailSender } from '../email/email-sender';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { WebhookSender } from '../webhooks/webhook-sender';
import { CHANNEL_SENDERS } from './channel-sender';
import { ClaimDueDeliveries } from './commands/claim-due-deliveries';
import { RecordDeliveryOutcomes } from './commands/record-delivery-outcomes';
import { DeliveryDispatcher } from './delivery-dispatcher';
import { DeliveryHistoryController } from './delivery-history.controller';
import { DeliveryRepository } from './delivery.repository';
import { DeliveryHistory } from './queries/delivery-history';

/** The delivery queue on the external channels: its dispatcher and each agency's delivery history. */
@Module({
  imports: [WebhooksModule, EmailModule],
  controllers: [DeliveryHistoryController],
  providers: [
    DeliveryRepository,
    ClaimDueDeliveries,
    RecordDeliveryOutcomes,
    DeliveryHistory,
    {
      provide: CHANNEL_SENDERS,
      inject: [WebhookSender, EmailSender],
      useFactory: (...senders: unknown[]) => senders,
    },
    DeliveryDispatcher,
  ],
})
export class DeliveriesModule {}

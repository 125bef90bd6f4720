import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ScreeningOpened } from '@nrm/contracts';
import type { ScreeningOpenedV1 } from '@nrm/contracts';
import type { InboundEvent } from '@nrm/messaging';
import { RecordNotification } from './record-notification.usecase';
import { screeningOpenedText } from './templates';

@Controller()
export class NotificationEvents {
  constructor(private readonly recordNotification: RecordNotification) {}

  /** The referring agency learns that its referral was received and when a decision is due. */
  @EventPattern(ScreeningOpened.type)
  async onScreeningOpened(
    @Payload() { envelope, payload, manager }: InboundEvent<ScreeningOpenedV1>,
  ): Promise<void> {
    await this.recordNotification.execute(manager, {
      eventId: envelope.id,
      eventType: envelope.type,
      caseId: payload.caseId,
      caseReference: payload.caseReference,
      recipientAgencyId: payload.referringAgencyId,
      render: (language) => screeningOpenedText(language, payload),
    });
  }
}

import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ReferralReceived } from '@nrm/contracts';
import type { ReferralReceivedV1 } from '@nrm/contracts';
import type { InboundEvent } from '@nrm/messaging';
import { OpenScreening } from './open-screening.usecase';

@Controller()
export class ScreeningEvents {
  constructor(private readonly openScreening: OpenScreening) {}

  @EventPattern(ReferralReceived.type)
  async onReferralReceived(@Payload() event: InboundEvent<ReferralReceivedV1>): Promise<void> {
    await this.openScreening.execute(event);
  }
}

import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ReferralReceived, ReferralWithdrawn } from '@nrm/contracts';
import type { ReferralReceivedV1, ReferralWithdrawnV1 } from '@nrm/contracts';
import type { InboundEvent } from '@nrm/messaging';
import { CloseScreeningOnWithdrawal } from '../decisions/commands/close-screening-on-withdrawal';
import { OpenScreening } from './commands/open-screening';

@Controller()
export class ScreeningEvents {
  constructor(
    private readonly openScreening: OpenScreening,
    private readonly closeScreening: CloseScreeningOnWithdrawal,
  ) {}

  @EventPattern(ReferralReceived.type)
  async onReferralReceived(@Payload() event: InboundEvent<ReferralReceivedV1>): Promise<void> {
    await this.openScreening.execute(event);
  }

  /** A withdrawn referral closes its undecided screening and stops its deadlines. */
  @EventPattern(ReferralWithdrawn.type)
  async onReferralWithdrawn(
    @Payload() { payload, manager }: InboundEvent<ReferralWithdrawnV1>,
  ): Promise<void> {
    await this.closeScreening.execute(manager, payload.caseId);
  }
}

import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ReferralReceived } from '@nrm/contracts';
import type { ReferralReceivedV1 } from '@nrm/contracts';
import type { InboundEvent } from '@nrm/messaging';
import { RecordReferredCase } from './commands/record-referred-case';

/** What prosecution tracking learns of referred cases: their reference and when they were referred. */
@Controller()
export class ReferredCaseEvents {
  constructor(private readonly recordReferredCase: RecordReferredCase) {}

  @EventPattern(ReferralReceived.type)
  async onReferralReceived(@Payload() { payload, manager }: InboundEvent<ReferralReceivedV1>): Promise<void> {
    await this.recordReferredCase.execute(manager, payload);
  }
}

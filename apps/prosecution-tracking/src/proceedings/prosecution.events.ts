import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ReferralReceived } from '@nrm/contracts';
import type { ReferralReceivedV1 } from '@nrm/contracts';
import type { InboundEvent } from '@nrm/messaging';

/** What prosecution tracking learns of referred cases: their reference and when they were referred. */
@Controller()
export class ProsecutionEvents {
  @EventPattern(ReferralReceived.type)
  async onReferralReceived(@Payload() { payload, manager }: InboundEvent<ReferralReceivedV1>): Promise<void> {
    await manager.query(
      `INSERT INTO referred_case (case_id, case_reference, referred_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [payload.caseId, payload.caseReference, payload.referredAt],
    );
  }
}

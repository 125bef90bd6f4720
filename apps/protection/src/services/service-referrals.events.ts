import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ConsentChanged } from '@nrm/contracts';
import type { ConsentChangedV1 } from '@nrm/contracts';
import type { InboundEvent } from '@nrm/messaging';
import { ApplySharingConsent } from './commands/apply-sharing-consent';

/** What the service referrals learn from intake: the person's consent to share data. */
@Controller()
export class ServiceReferralsEvents {
  constructor(private readonly applySharingConsent: ApplySharingConsent) {}

  @EventPattern(ConsentChanged.type)
  async onConsentChanged(@Payload() { payload, manager }: InboundEvent<ConsentChangedV1>): Promise<void> {
    if (payload.purpose !== 'data_sharing') return;
    await this.applySharingConsent.execute(
      manager,
      payload.caseId,
      payload.granted ? payload.sharingAgencyTypes : [],
      new Date(payload.changedAt),
    );
  }
}

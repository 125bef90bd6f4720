import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DisclosureStopped } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { ServiceReferralRepository, referralEvent } from './service-referral.repository';
import type { ReferralRow } from './service-referral.repository';

/** Stops open referrals of a case, each provider told it must stop using the person's data. */
@Injectable()
export class ReferralStops {
  constructor(
    private readonly referrals: ServiceReferralRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Stops the case's open referrals that `stops` picks (every one by default). */
  async stopOpen(
    manager: EntityManager,
    caseId: string,
    now: Date,
    stops: (row: ReferralRow) => boolean = () => true,
  ): Promise<void> {
    for (const row of (await this.referrals.lockOpen(manager, caseId)).filter(stops)) {
      await this.referrals.stop(manager, row.service_referral_id, now);
      await this.outbox.append(manager, DisclosureStopped, {
        subject: row.case_id,
        time: now,
        data: referralEvent(row),
      });
    }
  }
}

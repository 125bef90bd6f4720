import { Module } from '@nestjs/common';
import { ReferralAccess } from './referral-access';
import { ReferralRepository } from './referral.repository';

/** The referrals themselves and who may see or change them, for every feature of a case. */
@Module({
  providers: [ReferralRepository, ReferralAccess],
  exports: [ReferralRepository, ReferralAccess],
})
export class ReferralAccessModule {}

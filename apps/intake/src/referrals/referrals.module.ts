import { Module } from '@nestjs/common';
import { AnonymousNoticesModule } from '../anonymous-notices/anonymous-notices.module';
import { ConsentModule } from '../consent/consent.module';
import { DuplicatesModule } from '../duplicates/duplicates.module';
import { SettingsModule } from '../settings/settings.module';
import { AmendReferral } from './commands/amend-referral';
import { ErasePersonalData } from './commands/erase-personal-data';
import { RegisterReferral } from './commands/register-referral';
import { WithdrawReferral } from './commands/withdraw-referral';
import { OwnReferrals } from './queries/own-referrals';
import { ReferralStatus } from './queries/referral-status';
import { ReferralVersions } from './queries/referral-versions';
import { ReferralAccessModule } from './referral-access.module';
import { ReferralViews } from './referral-views';
import { ReferralsController } from './referrals.controller';
import { UrgentRiskAlerts } from './urgent-risk-alerts';

/** Referrals: registered, amended, withdrawn, their personal data erased; their status for those involved. */
@Module({
  imports: [ReferralAccessModule, ConsentModule, DuplicatesModule, AnonymousNoticesModule, SettingsModule],
  controllers: [ReferralsController],
  providers: [
    ReferralViews,
    RegisterReferral,
    AmendReferral,
    WithdrawReferral,
    ErasePersonalData,
    OwnReferrals,
    ReferralStatus,
    ReferralVersions,
    UrgentRiskAlerts,
  ],
})
export class ReferralsModule {}

import { Module } from '@nestjs/common';
import { SERVICE_CONFIG, seedsDirectory } from '@nrm/service-kit';
import { AnonymousNoticesController } from './anonymous-notices/anonymous-notices.controller';
import { RecordAnonymousNotice } from './anonymous-notices/record-anonymous-notice.usecase';
import { RecordConsent } from './consent/record-consent.usecase';
import { DecideDuplicate } from './duplicates/decide-duplicate.usecase';
import { DuplicateDetector } from './duplicates/duplicate-detector';
import { DuplicatesController } from './duplicates/duplicates.controller';
import { MatchRule } from './duplicates/match-rule';
import type { IntakeConfig } from './intake.config';
import { PseudonymKey } from './pseudonyms/pseudonym-key';
import { OverrideDisclosure } from './personal-data/override-disclosure.usecase';
import { ReadPersonalData } from './personal-data/read-personal-data.usecase';
import { AmendReferral } from './referrals/amend-referral.usecase';
import { ErasePersonalData } from './referrals/erase-personal-data.usecase';
import { ReferralAccess } from './referrals/referral-access';
import { ReferralViews } from './referrals/referral-views';
import { ReferralsController } from './referrals/referrals.controller';
import { RegisterReferral } from './referrals/register-referral.usecase';
import { WithdrawReferral } from './referrals/withdraw-referral.usecase';

@Module({
  controllers: [AnonymousNoticesController, DuplicatesController, ReferralsController],
  providers: [
    RegisterReferral,
    AmendReferral,
    WithdrawReferral,
    ErasePersonalData,
    ReadPersonalData,
    OverrideDisclosure,
    RecordConsent,
    RecordAnonymousNotice,
    DuplicateDetector,
    DecideDuplicate,
    ReferralAccess,
    ReferralViews,
    {
      provide: PseudonymKey,
      inject: [SERVICE_CONFIG],
      useFactory: (config: IntakeConfig) => new PseudonymKey(config.INTAKE_PSEUDONYM_KEY),
    },
    {
      provide: MatchRule,
      inject: [PseudonymKey],
      useFactory: (key: PseudonymKey) => MatchRule.load(seedsDirectory(), key.hash),
    },
  ],
})
export class IntakeModule {}

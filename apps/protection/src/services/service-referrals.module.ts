import { Module } from '@nestjs/common';
import { CaseAccessModule } from '../cases/case-access.module';
import { PlansModule } from '../plans/plans.module';
import { ProvidersModule } from '../providers/providers.module';
import { AnswerServiceReferral } from './commands/answer-service-referral';
import { ApplySharingConsent } from './commands/apply-sharing-consent';
import { ReferToService } from './commands/refer-to-service';
import { ProviderReferrals } from './queries/provider-referrals';
import { ReferralStops } from './referral-stops';
import { ServiceReferralRepository } from './service-referral.repository';
import { ServiceReferralsController } from './service-referrals.controller';
import { ServiceReferralsEvents } from './service-referrals.events';

/** Referrals of a case to service providers within the person's consent, and the providers' answers. */
@Module({
  imports: [CaseAccessModule, PlansModule, ProvidersModule],
  controllers: [ServiceReferralsController, ServiceReferralsEvents],
  providers: [
    ServiceReferralRepository,
    ReferralStops,
    ReferToService,
    AnswerServiceReferral,
    ApplySharingConsent,
    ProviderReferrals,
  ],
  exports: [ReferralStops],
})
export class ServiceReferralsModule {}

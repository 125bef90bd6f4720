import { Module } from '@nestjs/common';
import { CasesModule } from './cases/cases.module';
import { CourtModule } from './court/court.module';
import { FollowUpsModule } from './follow-ups/follow-ups.module';
import { PlansModule } from './plans/plans.module';
import { ResidenceModule } from './residence/residence.module';
import { ReturnsModule } from './returns/returns.module';
import { ServiceReferralsModule } from './services/service-referrals.module';
import { SheltersModule } from './shelters/shelters.module';

/**
 * Protection: cases that open on a positive preliminary decision (at once for a child or an urgent
 * risk), the service plan, referrals to providers within the person's consent, shelter beds against
 * real capacity, residence status, voluntary return with follow-ups, and closure.
 */
@Module({
  imports: [
    CasesModule,
    PlansModule,
    ServiceReferralsModule,
    SheltersModule,
    ResidenceModule,
    ReturnsModule,
    FollowUpsModule,
    CourtModule,
  ],
})
export class ProtectionModule {}

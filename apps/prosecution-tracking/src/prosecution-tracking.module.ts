import { Module } from '@nestjs/common';
import { ChargesModule } from './charges/charges.module';
import { CompensationModule } from './compensation/compensation.module';
import { HearingsModule } from './hearings/hearings.module';
import { InvestigationsModule } from './investigations/investigations.module';
import { ReferredCasesModule } from './referred-cases/referred-cases.module';
import { LawsModule } from './laws/laws.module';
import { StatisticsModule } from './statistics/statistics.module';
import { SuspectsModule } from './suspects/suspects.module';
import { VerdictsModule } from './verdicts/verdicts.module';

/**
 * Prosecution tracking: investigations linked to the cases of their victims, suspects (identity
 * sealed, seen by investigators and prosecutors of the investigation only), charges under a seeded
 * law catalogue, hearings with the victim's testimony and protective measures, verdicts, appeals,
 * compensation, and the committee's statistics.
 */
@Module({
  imports: [
    ReferredCasesModule,
    InvestigationsModule,
    SuspectsModule,
    ChargesModule,
    HearingsModule,
    VerdictsModule,
    CompensationModule,
    StatisticsModule,
    LawsModule,
  ],
})
export class ProsecutionTrackingModule {}

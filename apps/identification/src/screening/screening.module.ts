import { Module } from '@nestjs/common';
import { DecisionsModule } from '../decisions/decisions.module';
import { PolicyModule } from '../policy/policy.module';
import { OpenScreening } from './commands/open-screening';
import { ScreeningDetail } from './queries/screening-detail';
import { ScreeningQueue } from './queries/screening-queue';
import { ScreeningController } from './screening.controller';
import { ScreeningEvents } from './screening.events';
import { ScreeningRecordsModule } from './screening-records.module';

/** Screenings opened for referrals, closed on withdrawal; the authority's queue and each screening. */
@Module({
  imports: [PolicyModule, ScreeningRecordsModule, DecisionsModule],
  controllers: [ScreeningController, ScreeningEvents],
  providers: [OpenScreening, ScreeningQueue, ScreeningDetail],
})
export class ScreeningModule {}

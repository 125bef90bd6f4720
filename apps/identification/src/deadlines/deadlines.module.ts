import { Module } from '@nestjs/common';
import { DecisionsModule } from '../decisions/decisions.module';
import { PolicyModule } from '../policy/policy.module';
import { ScreeningRecordsModule } from '../screening/screening-records.module';
import { DeadlineClock } from './deadline-clock';

/** The deadline clock: alerts before and at each deadline, and recovery periods that end. */
@Module({
  imports: [PolicyModule, ScreeningRecordsModule, DecisionsModule],
  providers: [DeadlineClock],
})
export class DeadlinesModule {}

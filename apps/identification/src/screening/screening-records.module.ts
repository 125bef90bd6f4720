import { Module } from '@nestjs/common';
import { DeadlineRepository } from '../deadlines/deadline.repository';
import { DecisionRepository } from '../decisions/decision.repository';
import { IndicatorAssessmentRepository } from '../indicators/indicator-assessment.repository';
import { ScreeningRepository } from './screening.repository';

/** The repositories of a screening's records, which several features read and write. */
@Module({
  providers: [ScreeningRepository, DeadlineRepository, DecisionRepository, IndicatorAssessmentRepository],
  exports: [ScreeningRepository, DeadlineRepository, DecisionRepository, IndicatorAssessmentRepository],
})
export class ScreeningRecordsModule {}

import { Module } from '@nestjs/common';
import { ScreeningDecisions } from './decisions/screening-decisions';
import { DeadlineClock } from './deadlines/deadline-clock';
import { IndicatorAssessments } from './indicators/indicator-assessments';
import { IndicatorCatalogues } from './indicators/indicator-catalogues';
import {
  IndicatorAssessmentController,
  IndicatorCatalogueController,
} from './indicators/indicators.controller';
import { PolicyRepository } from './policy/policy.repository';
import { OpenScreening } from './screening/open-screening.usecase';
import { ScreeningController } from './screening/screening.controller';
import { ScreeningEvents } from './screening/screening.events';

@Module({
  controllers: [
    ScreeningController,
    ScreeningEvents,
    IndicatorCatalogueController,
    IndicatorAssessmentController,
  ],
  providers: [
    PolicyRepository,
    OpenScreening,
    ScreeningDecisions,
    DeadlineClock,
    IndicatorCatalogues,
    IndicatorAssessments,
  ],
})
export class IdentificationModule {}

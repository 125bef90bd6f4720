import { Module } from '@nestjs/common';
import { PolicyModule } from '../policy/policy.module';
import { ScreeningRecordsModule } from '../screening/screening-records.module';
import { AssessmentViews } from './assessment-views';
import { AnswerIndicators } from './commands/answer-indicators';
import { CompleteIndicatorAssessment } from './commands/complete-indicator-assessment';
import { StartIndicatorAssessment } from './commands/start-indicator-assessment';
import { IndicatorCatalogues } from './indicator-catalogues';
import { IndicatorAssessmentController, IndicatorCatalogueController } from './indicators.controller';
import { IndicatorAssessmentDetail } from './queries/indicator-assessment-detail';
import { IndicatorAssessmentList } from './queries/indicator-assessment-list';

/** Indicator catalogues (loaded, adopted) and the indicator assessments of screenings. */
@Module({
  imports: [PolicyModule, ScreeningRecordsModule],
  controllers: [IndicatorCatalogueController, IndicatorAssessmentController],
  providers: [
    IndicatorCatalogues,
    AssessmentViews,
    StartIndicatorAssessment,
    AnswerIndicators,
    CompleteIndicatorAssessment,
    IndicatorAssessmentList,
    IndicatorAssessmentDetail,
  ],
})
export class IndicatorsModule {}

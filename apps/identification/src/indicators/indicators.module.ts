import { Module } from '@nestjs/common';
import { PolicyModule } from '../policy/policy.module';
import { ScreeningRecordsModule } from '../screening/screening-records.module';
import { AssessmentViews } from './assessment-views';
import { CatalogueAuthority } from './catalogue-authority';
import { CatalogueRepository } from './catalogue.repository';
import { AdoptIndicatorCatalogue } from './commands/adopt-indicator-catalogue';
import { LoadIndicatorCatalogue } from './commands/load-indicator-catalogue';
import { IndicatorCatalogueDetail } from './queries/indicator-catalogue-detail';
import { IndicatorCatalogueList } from './queries/indicator-catalogue-list';
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
    CatalogueRepository,
    IndicatorCatalogues,
    CatalogueAuthority,
    IndicatorCatalogueList,
    IndicatorCatalogueDetail,
    LoadIndicatorCatalogue,
    AdoptIndicatorCatalogue,
    AssessmentViews,
    StartIndicatorAssessment,
    AnswerIndicators,
    CompleteIndicatorAssessment,
    IndicatorAssessmentList,
    IndicatorAssessmentDetail,
  ],
})
export class IndicatorsModule {}

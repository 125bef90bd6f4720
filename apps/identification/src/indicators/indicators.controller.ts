import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { IndicatorAnswersRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor, ProblemException } from '@nrm/service-kit';
import { CATALOGUE_VERSION } from './catalogue-validation';
import { AnswerIndicators } from './commands/answer-indicators';
import { CompleteIndicatorAssessment } from './commands/complete-indicator-assessment';
import { StartIndicatorAssessment } from './commands/start-indicator-assessment';
import { IndicatorAssessmentDetail } from './queries/indicator-assessment-detail';
import { IndicatorAssessmentList } from './queries/indicator-assessment-list';
import { AdoptIndicatorCatalogue } from './commands/adopt-indicator-catalogue';
import { LoadIndicatorCatalogue } from './commands/load-indicator-catalogue';
import { IndicatorCatalogueDetail } from './queries/indicator-catalogue-detail';
import { IndicatorCatalogueList } from './queries/indicator-catalogue-list';

const UUID = new ParseUUIDPipe({ version: '4' });

function catalogueVersion(version: string): string {
  if (!CATALOGUE_VERSION.test(version))
    throw new ProblemException('notFound', 'no such indicator catalogue version');
  return version;
}

/** Internal API; only the gateway calls it. The competent authority's indicator catalogues. */
@Controller('internal/indicator-catalogues')
export class IndicatorCatalogueController {
  constructor(
    private readonly catalogueList: IndicatorCatalogueList,
    private readonly catalogueDetail: IndicatorCatalogueDetail,
    private readonly loadCatalogue: LoadIndicatorCatalogue,
    private readonly adoptCatalogue: AdoptIndicatorCatalogue,
  ) {}

  @Get()
  list(@CurrentActor() actor: Actor) {
    return this.catalogueList.execute(actor);
  }

  /** The body is the catalogue itself, checked by the catalogue's own validation. */
  @Post()
  @HttpCode(201)
  load(@Body() body: unknown, @CurrentActor() actor: Actor) {
    return this.loadCatalogue.execute(body, actor);
  }

  @Get(':version')
  read(@Param('version') version: string, @CurrentActor() actor: Actor) {
    return this.catalogueDetail.execute(catalogueVersion(version), actor);
  }

  @Get(':version/differences')
  differences(@Param('version') version: string, @CurrentActor() actor: Actor) {
    return this.catalogueDetail.differences(catalogueVersion(version), actor);
  }

  @Post(':version/adoption')
  @HttpCode(201)
  adopt(@Param('version') version: string, @CurrentActor() actor: Actor) {
    return this.adoptCatalogue.execute(catalogueVersion(version), actor);
  }
}

/** Internal API; only the gateway calls it. Indicator assessments of a screening; notes stay sealed at rest. */
@Controller('internal/screenings/:caseId/indicator-assessments')
export class IndicatorAssessmentController {
  constructor(
    private readonly assessmentList: IndicatorAssessmentList,
    private readonly assessmentDetail: IndicatorAssessmentDetail,
    private readonly startAssessment: StartIndicatorAssessment,
    private readonly answerIndicators: AnswerIndicators,
    private readonly completeAssessment: CompleteIndicatorAssessment,
  ) {}

  @Get()
  list(@Param('caseId', UUID) caseId: string, @CurrentActor() actor: Actor) {
    return this.assessmentList.execute(caseId, actor);
  }

  @Post()
  @HttpCode(201)
  start(@Param('caseId', UUID) caseId: string, @CurrentActor() actor: Actor) {
    return this.startAssessment.execute(caseId, actor);
  }

  @Get(':assessmentId')
  read(
    @Param('caseId', UUID) caseId: string,
    @Param('assessmentId', UUID) assessmentId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.assessmentDetail.execute(caseId, assessmentId, actor);
  }

  @Put(':assessmentId/answers')
  answer(
    @Param('caseId', UUID) caseId: string,
    @Param('assessmentId', UUID) assessmentId: string,
    @Body() body: IndicatorAnswersRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.answerIndicators.execute(caseId, assessmentId, body, actor);
  }

  @Post(':assessmentId/completion')
  @HttpCode(201)
  complete(
    @Param('caseId', UUID) caseId: string,
    @Param('assessmentId', UUID) assessmentId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.completeAssessment.execute(caseId, assessmentId, actor);
  }
}

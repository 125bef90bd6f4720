import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { IndicatorAnswersRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor, ProblemException } from '@nrm/service-kit';
import { CATALOGUE_VERSION } from './catalogue-validation';
import { IndicatorAssessments } from './indicator-assessments';
import { IndicatorCatalogues } from './indicator-catalogues';

const UUID = new ParseUUIDPipe({ version: '4' });

function catalogueVersion(version: string): string {
  if (!CATALOGUE_VERSION.test(version))
    throw new ProblemException('notFound', 'no such indicator catalogue version');
  return version;
}

/** Internal API; only the gateway calls it. The competent authority's indicator catalogues. */
@Controller('internal/indicator-catalogues')
export class IndicatorCatalogueController {
  constructor(private readonly catalogues: IndicatorCatalogues) {}

  @Get()
  list(@CurrentActor() actor: Actor) {
    return this.catalogues.list(actor);
  }

  /** The body is the catalogue itself, checked by the catalogue's own validation. */
  @Post()
  @HttpCode(201)
  load(@Body() body: unknown, @CurrentActor() actor: Actor) {
    return this.catalogues.load(body, actor);
  }

  @Get(':version')
  read(@Param('version') version: string, @CurrentActor() actor: Actor) {
    return this.catalogues.read(catalogueVersion(version), actor);
  }

  @Get(':version/differences')
  differences(@Param('version') version: string, @CurrentActor() actor: Actor) {
    return this.catalogues.differences(catalogueVersion(version), actor);
  }

  @Post(':version/adoption')
  @HttpCode(201)
  adopt(@Param('version') version: string, @CurrentActor() actor: Actor) {
    return this.catalogues.adopt(catalogueVersion(version), actor);
  }
}

/** Internal API; only the gateway calls it. Indicator assessments of a screening; notes stay sealed at rest. */
@Controller('internal/screenings/:caseId/indicator-assessments')
export class IndicatorAssessmentController {
  constructor(private readonly assessments: IndicatorAssessments) {}

  @Get()
  list(@Param('caseId', UUID) caseId: string, @CurrentActor() actor: Actor) {
    return this.assessments.list(caseId, actor);
  }

  @Post()
  @HttpCode(201)
  start(@Param('caseId', UUID) caseId: string, @CurrentActor() actor: Actor) {
    return this.assessments.start(caseId, actor);
  }

  @Get(':assessmentId')
  read(
    @Param('caseId', UUID) caseId: string,
    @Param('assessmentId', UUID) assessmentId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.assessments.read(caseId, assessmentId, actor);
  }

  @Put(':assessmentId/answers')
  answer(
    @Param('caseId', UUID) caseId: string,
    @Param('assessmentId', UUID) assessmentId: string,
    @Body() body: IndicatorAnswersRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.assessments.answer(caseId, assessmentId, body, actor);
  }

  @Post(':assessmentId/completion')
  @HttpCode(201)
  complete(
    @Param('caseId', UUID) caseId: string,
    @Param('assessmentId', UUID) assessmentId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.assessments.complete(caseId, assessmentId, actor);
  }
}

import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IndicatorAnswersRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { AuthenticatedActor } from '../auth/actor.decorator';
import { ServiceClient } from '../upstream/service-client';

const UUID = new ParseUUIDPipe({ version: '4' });

/** The competent authority's indicator catalogues: loaded by one administrator, adopted by another. */
@ApiTags('identification')
@ApiBearerAuth()
@Controller('api/v1/indicator-catalogues')
export class IndicatorCataloguesController {
  constructor(private readonly services: ServiceClient) {}

  private async relay(actor: Actor, method: 'GET' | 'POST', path: string, body?: unknown) {
    return (
      await this.services.call('identification', method, `/internal/indicator-catalogues${path}`, actor, {
        body,
      })
    ).body;
  }

  @Get()
  @ApiOperation({
    summary: 'Indicator catalogue versions: proposed, in force and retired, with who loaded and adopted each',
  })
  list(@AuthenticatedActor() actor: Actor) {
    return this.relay(actor, 'GET', '');
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Load a new catalogue version (an administrator of the competent authority); it is proposed until adopted',
    description:
      'The body is the catalogue, in the format of seeds/indicators/*.json (docs/adr/0020). Every problem found is named by its path. A version never changes: loading other content under a loaded version is refused (409).',
  })
  @ApiBody({ schema: { type: 'object', description: 'An indicator catalogue (seeds/indicators/*.json)' } })
  @ApiResponse({ status: 409, description: 'the version is already loaded' })
  load(@Body() body: unknown, @AuthenticatedActor() actor: Actor) {
    return this.relay(actor, 'POST', '', body);
  }

  @Get(':version')
  @ApiOperation({ summary: 'A catalogue version, whole: lists, indicators, grades, provenance and the rule' })
  read(@Param('version') version: string, @AuthenticatedActor() actor: Actor) {
    return this.relay(actor, 'GET', `/${encodeURIComponent(version)}`);
  }

  @Get(':version/differences')
  @ApiOperation({ summary: 'What adopting this version would change against the one in force' })
  differences(@Param('version') version: string, @AuthenticatedActor() actor: Actor) {
    return this.relay(actor, 'GET', `/${encodeURIComponent(version)}/differences`);
  }

  @Post(':version/adoption')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Adopt a proposed version (a second administrator, never the one who loaded it)',
    description: 'Assessments started from now on use it; earlier assessments keep the version they used.',
  })
  @ApiResponse({
    status: 409,
    description: 'not proposed, or the administrator who loaded it tries to adopt it',
  })
  adopt(@Param('version') version: string, @AuthenticatedActor() actor: Actor) {
    return this.relay(actor, 'POST', `/${encodeURIComponent(version)}/adoption`);
  }
}

/** Indicator screening of a case: answers, the advice of the catalogue's rule, completion. */
@ApiTags('identification')
@ApiBearerAuth()
@Controller('api/v1/screenings/:caseId/indicator-assessments')
export class IndicatorAssessmentsController {
  constructor(private readonly services: ServiceClient) {}

  private async relay(
    actor: Actor,
    method: 'GET' | 'POST' | 'PUT',
    caseId: string,
    path: string,
    body?: unknown,
  ) {
    const url = `/internal/screenings/${caseId}/indicator-assessments${path}`;
    return (await this.services.call('identification', method, url, actor, { body })).body;
  }

  @Get()
  @ApiOperation({ summary: "A case's indicator assessments, newest first, with their advice" })
  list(@Param('caseId', UUID) caseId: string, @AuthenticatedActor() actor: Actor) {
    return this.relay(actor, 'GET', caseId, '');
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Start an assessment (or a reassessment) with the catalogue in force',
    description:
      "The lists follow the person's age and the suspected exploitation types; an unknown type asks both lists.",
  })
  @ApiResponse({ status: 409, description: 'an assessment is in progress, or no catalogue is in force' })
  start(@Param('caseId', UUID) caseId: string, @AuthenticatedActor() actor: Actor) {
    return this.relay(actor, 'POST', caseId, '');
  }

  @Get(':assessmentId')
  @ApiOperation({ summary: 'An assessment: its questions, answers with evidence, and the advice' })
  read(
    @Param('caseId', UUID) caseId: string,
    @Param('assessmentId', UUID) assessmentId: string,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'GET', caseId, `/${assessmentId}`);
  }

  @Put(':assessmentId/answers')
  @ApiOperation({
    summary: 'Record answers (present, absent, unknown) with their evidence; the advice is computed again',
  })
  @ApiResponse({ status: 409, description: 'the assessment is completed' })
  answer(
    @Param('caseId', UUID) caseId: string,
    @Param('assessmentId', UUID) assessmentId: string,
    @Body() body: IndicatorAnswersRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'PUT', caseId, `/${assessmentId}/answers`, body);
  }

  @Post(':assessmentId/completion')
  @HttpCode(201)
  @ApiOperation({ summary: 'Complete the assessment: its advice is final and the other services are told' })
  @ApiResponse({ status: 409, description: 'already completed' })
  complete(
    @Param('caseId', UUID) caseId: string,
    @Param('assessmentId', UUID) assessmentId: string,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', caseId, `/${assessmentId}/completion`);
  }
}

import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  DecisionRequest,
  DecisionReviewRequest,
  PalermoTestRequest,
  ReconsiderationRequest,
  RecoveryExtensionRequest,
} from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { AuthenticatedActor } from '../auth/actor.decorator';
import { ServiceClient } from '../upstream/service-client';

const CASE_ID = new ParseUUIDPipe({ version: '4' });
const conflict = ApiResponse({
  status: 409,
  description:
    'the screening is not in a state that allows this (e.g. a final decision before the preliminary one)',
});

/** Identification: the competent authority's screening, decisions and recovery period. */
@ApiTags('identification')
@ApiBearerAuth()
@Controller('api/v1/screenings')
export class ScreeningsController {
  constructor(private readonly services: ServiceClient) {}

  private async relay(actor: Actor, method: 'GET' | 'POST', path: string, body?: unknown) {
    return (
      await this.services.call('identification', method, `/internal/screenings${path}`, actor, { body })
    ).body;
  }

  @Get()
  @ApiOperation({ summary: "The competent authority's queue, by nearest deadline" })
  @ApiQuery({ name: 'status', required: false, description: 'default open' })
  queue(@AuthenticatedActor() actor: Actor, @Query('status') status?: string) {
    return this.relay(actor, 'GET', status === undefined ? '' : `?${new URLSearchParams({ status })}`);
  }

  @Get(':caseId')
  @ApiOperation({ summary: 'A screening: status, decisions (outcomes only), recovery period and deadlines' })
  get(@Param('caseId', CASE_ID) caseId: string, @AuthenticatedActor() actor: Actor) {
    return this.relay(actor, 'GET', `/${caseId}`);
  }

  @Post(':caseId/preliminary-decision')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record the reasonable-grounds decision (identification officers)',
    description: 'A positive decision starts the recovery and reflection period set by policy.',
  })
  @conflict
  preliminary(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: DecisionRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/${caseId}/preliminary-decision`, body);
  }

  @Post(':caseId/recovery-period/extensions')
  @HttpCode(201)
  @ApiOperation({ summary: 'Extend the recovery period with a reason (health, mental health, intimidation)' })
  @conflict
  extend(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: RecoveryExtensionRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/${caseId}/recovery-period/extensions`, body);
  }

  @Post(':caseId/final-decision')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record the conclusive-grounds decision',
    description:
      'Not before the recovery period ends unless policy allows; a negative one waits for a second reviewer.',
  })
  @conflict
  final(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: DecisionRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/${caseId}/final-decision`, body);
  }

  @Post(':caseId/final-decision/review')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Approve or send back a negative final decision (a second reviewer, never its author)',
  })
  @conflict
  review(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: DecisionReviewRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/${caseId}/final-decision/review`, body);
  }

  @Post(':caseId/reconsideration')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Ask for a negative decision to be reconsidered (the referrer or a support provider)',
  })
  @conflict
  reconsider(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: ReconsiderationRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/${caseId}/reconsideration`, body);
  }

  @Post(':caseId/palermo-test')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record the Palermo test: act, means and purpose, each with its evidence',
    description: 'For a child the means are not required. The result advises; the officer decides.',
  })
  palermo(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: PalermoTestRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/${caseId}/palermo-test`, body);
  }
}

import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  AppealRequest,
  ChargeAmendmentRequest,
  ChargeRequest,
  CloseInvestigationRequest,
  CompensationPaymentRequest,
  CompensationRequest,
  HearingRequest,
  InvestigationAgencyRequest,
  LinkCaseRequest,
  OpenInvestigationRequest,
  PostponementRequest,
  SuspectRequest,
  TestimonyRequest,
  VerdictRequest,
} from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { AuthenticatedActor } from '../auth/actor.decorator';
import { forwardQuery } from '../inbox/inbox.controller';
import { ServiceClient } from '../upstream/service-client';

const UUID = new ParseUUIDPipe();
const conflict = ApiResponse({
  status: 409,
  description:
    'the proceedings do not allow this (e.g. a verdict without a charge, an appeal before a verdict)',
});

/** Prosecution tracking: investigations, suspects, charges, hearings, testimony, verdicts, appeals, compensation. */
@ApiTags('prosecution')
@ApiBearerAuth()
@Controller('api/v1/prosecution')
export class ProsecutionController {
  constructor(private readonly services: ServiceClient) {}

  private async relay(actor: Actor, method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) {
    return (
      await this.services.call('prosecution-tracking', method, `/internal/prosecution${path}`, actor, {
        body,
      })
    ).body;
  }

  @Get('investigations')
  @ApiOperation({ summary: "Your agency's investigations (investigators, prosecutors, supervisors)" })
  list(@AuthenticatedActor() actor: Actor) {
    return this.relay(actor, 'GET', '/investigations');
  }

  @Post('investigations')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Open an investigation into one or more referred cases (investigators, prosecutors)',
  })
  open(@Body() body: OpenInvestigationRequest, @AuthenticatedActor() actor: Actor) {
    return this.relay(actor, 'POST', '/investigations', body);
  }

  @Get('investigations/:id')
  @ApiOperation({
    summary: 'An investigation: cases, suspects, charges, hearings, verdicts',
    description: "Suspects' identities are shown to investigators and prosecutors of its agencies only.",
  })
  get(@Param('id', UUID) id: string, @AuthenticatedActor() actor: Actor) {
    return this.relay(actor, 'GET', `/investigations/${id}`);
  }

  @Post('investigations/:id/agencies')
  @HttpCode(201)
  @ApiOperation({ summary: 'Bring another agency (e.g. the public prosecution) into the investigation' })
  @conflict
  addAgency(
    @Param('id', UUID) id: string,
    @Body() body: InvestigationAgencyRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/investigations/${id}/agencies`, body);
  }

  @Post('investigations/:id/cases')
  @HttpCode(201)
  @ApiOperation({ summary: "Link another victim's case to the investigation" })
  @conflict
  linkCase(@Param('id', UUID) id: string, @Body() body: LinkCaseRequest, @AuthenticatedActor() actor: Actor) {
    return this.relay(actor, 'POST', `/investigations/${id}/cases`, body);
  }

  @Post('investigations/:id/closure')
  @HttpCode(201)
  @ApiOperation({ summary: 'Close the investigation with a reason' })
  @conflict
  close(
    @Param('id', UUID) id: string,
    @Body() body: CloseInvestigationRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/investigations/${id}/closure`, body);
  }

  @Post('investigations/:id/suspects')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Add a suspect, a person or a legal person, with their role (identity sealed at rest)',
  })
  @conflict
  addSuspect(
    @Param('id', UUID) id: string,
    @Body() body: SuspectRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/investigations/${id}/suspects`, body);
  }

  @Post('investigations/:id/charges')
  @HttpCode(201)
  @ApiOperation({
    summary: 'File a charge against a suspect',
    description:
      "Cites a catalogued article (Law 91/2013: 2, 3, 6, 7) with its aggravating circumstances, or 'other' with the law by reference.",
  })
  @conflict
  fileCharge(@Param('id', UUID) id: string, @Body() body: ChargeRequest, @AuthenticatedActor() actor: Actor) {
    return this.relay(actor, 'POST', `/investigations/${id}/charges`, body);
  }

  @Patch('investigations/:id/charges/:chargeId')
  @ApiOperation({ summary: 'Amend a charge: a new version, earlier ones kept' })
  @conflict
  amendCharge(
    @Param('id', UUID) id: string,
    @Param('chargeId', UUID) chargeId: string,
    @Body() body: ChargeAmendmentRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'PATCH', `/investigations/${id}/charges/${chargeId}`, body);
  }

  @Post('investigations/:id/hearings')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Schedule a hearing; the agencies on the investigation are told, and reminded ahead of it',
  })
  @conflict
  schedule(@Param('id', UUID) id: string, @Body() body: HearingRequest, @AuthenticatedActor() actor: Actor) {
    return this.relay(actor, 'POST', `/investigations/${id}/hearings`, body);
  }

  @Post('hearings/:hearingId/postponement')
  @HttpCode(201)
  @ApiOperation({ summary: 'Postpone a hearing to a later date' })
  @conflict
  postpone(
    @Param('hearingId', UUID) hearingId: string,
    @Body() body: PostponementRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/hearings/${hearingId}/postponement`, body);
  }

  @Post('hearings/:hearingId/held')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record that a hearing was held' })
  @conflict
  held(@Param('hearingId', UUID) hearingId: string, @AuthenticatedActor() actor: Actor) {
    return this.relay(actor, 'POST', `/hearings/${hearingId}/held`);
  }

  @Post('hearings/:hearingId/testimonies')
  @HttpCode(201)
  @ApiOperation({
    summary: "Arrange a victim's testimony with protective measures",
    description:
      'Protection creates the tasks it implies (interpreter, legal aid, transport, risk review) due before the hearing.',
  })
  @conflict
  testimony(
    @Param('hearingId', UUID) hearingId: string,
    @Body() body: TestimonyRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/hearings/${hearingId}/testimonies`, body);
  }

  @Post('investigations/:id/verdicts')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a verdict on a charge (prosecutors)' })
  @conflict
  verdict(@Param('id', UUID) id: string, @Body() body: VerdictRequest, @AuthenticatedActor() actor: Actor) {
    return this.relay(actor, 'POST', `/investigations/${id}/verdicts`, body);
  }

  @Post('verdicts/:verdictId/appeals')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record an appeal against a verdict (prosecutors)' })
  @conflict
  appeal(
    @Param('verdictId', UUID) verdictId: string,
    @Body() body: AppealRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/verdicts/${verdictId}/appeals`, body);
  }

  @Post('investigations/:id/compensation')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a compensation order for a victim (prosecutors)' })
  @conflict
  compensation(
    @Param('id', UUID) id: string,
    @Body() body: CompensationRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/investigations/${id}/compensation`, body);
  }

  @Post('compensation/:compensationId/payment')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record that a compensation order was paid' })
  @conflict
  payment(
    @Param('compensationId', UUID) compensationId: string,
    @Body() body: CompensationPaymentRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/compensation/${compensationId}/payment`, body);
  }

  @Get('statistics')
  @ApiOperation({
    summary:
      'Investigations, prosecutions, convictions by article, and days from referral to verdict, for a year',
  })
  @ApiQuery({ name: 'year', required: false, example: 2027 })
  statistics(@AuthenticatedActor() actor: Actor, @Query('year') year?: string) {
    return this.relay(actor, 'GET', `/statistics${forwardQuery({ year })}`);
  }
}

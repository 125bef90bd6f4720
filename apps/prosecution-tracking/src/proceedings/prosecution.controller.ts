import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
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
import { CurrentActor } from '@nrm/service-kit';
import { CourtProceedings } from './court-proceedings';
import { Investigations } from './investigations';
import { ProsecutionStatisticsQuery } from './prosecution-statistics';

const UUID = new ParseUUIDPipe();

/** Internal API of prosecution tracking; only the gateway calls it. */
@Controller('internal/prosecution')
export class ProsecutionController {
  constructor(
    private readonly investigations: Investigations,
    private readonly court: CourtProceedings,
    private readonly statistics: ProsecutionStatisticsQuery,
  ) {}

  @Get('investigations')
  list(@CurrentActor() actor: Actor) {
    return this.investigations.list(actor);
  }

  @Post('investigations')
  @HttpCode(201)
  open(@Body() body: OpenInvestigationRequest, @CurrentActor() actor: Actor) {
    return this.investigations.open(body, actor);
  }

  @Get('investigations/:id')
  get(@Param('id', UUID) id: string, @CurrentActor() actor: Actor) {
    return this.investigations.get(id, actor);
  }

  @Post('investigations/:id/agencies')
  @HttpCode(201)
  addAgency(
    @Param('id', UUID) id: string,
    @Body() body: InvestigationAgencyRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.investigations.addAgency(id, body, actor);
  }

  @Post('investigations/:id/cases')
  @HttpCode(201)
  linkCase(@Param('id', UUID) id: string, @Body() body: LinkCaseRequest, @CurrentActor() actor: Actor) {
    return this.investigations.linkCase(id, body.caseId, actor);
  }

  @Post('investigations/:id/closure')
  @HttpCode(201)
  close(
    @Param('id', UUID) id: string,
    @Body() body: CloseInvestigationRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.investigations.close(id, body, actor);
  }

  @Post('investigations/:id/suspects')
  @HttpCode(201)
  addSuspect(@Param('id', UUID) id: string, @Body() body: SuspectRequest, @CurrentActor() actor: Actor) {
    return this.investigations.addSuspect(id, body, actor);
  }

  @Post('investigations/:id/charges')
  @HttpCode(201)
  fileCharge(@Param('id', UUID) id: string, @Body() body: ChargeRequest, @CurrentActor() actor: Actor) {
    return this.court.fileCharge(id, body, actor);
  }

  @Patch('investigations/:id/charges/:chargeId')
  amendCharge(
    @Param('id', UUID) id: string,
    @Param('chargeId', UUID) chargeId: string,
    @Body() body: ChargeAmendmentRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.court.amendCharge(id, chargeId, body, actor);
  }

  @Post('investigations/:id/hearings')
  @HttpCode(201)
  schedule(@Param('id', UUID) id: string, @Body() body: HearingRequest, @CurrentActor() actor: Actor) {
    return this.court.scheduleHearing(id, body, actor);
  }

  @Post('hearings/:hearingId/postponement')
  @HttpCode(201)
  postpone(
    @Param('hearingId', UUID) hearingId: string,
    @Body() body: PostponementRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.court.postponeHearing(hearingId, body, actor);
  }

  @Post('hearings/:hearingId/held')
  @HttpCode(201)
  held(@Param('hearingId', UUID) hearingId: string, @CurrentActor() actor: Actor) {
    return this.court.holdHearing(hearingId, actor);
  }

  @Post('hearings/:hearingId/testimonies')
  @HttpCode(201)
  testimony(
    @Param('hearingId', UUID) hearingId: string,
    @Body() body: TestimonyRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.court.arrangeTestimony(hearingId, body, actor);
  }

  @Post('investigations/:id/verdicts')
  @HttpCode(201)
  verdict(@Param('id', UUID) id: string, @Body() body: VerdictRequest, @CurrentActor() actor: Actor) {
    return this.court.recordVerdict(id, body, actor);
  }

  @Post('verdicts/:verdictId/appeals')
  @HttpCode(201)
  appeal(
    @Param('verdictId', UUID) verdictId: string,
    @Body() body: AppealRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.court.fileAppeal(verdictId, body, actor);
  }

  @Post('investigations/:id/compensation')
  @HttpCode(201)
  compensation(
    @Param('id', UUID) id: string,
    @Body() body: CompensationRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.court.orderCompensation(id, body, actor);
  }

  @Post('compensation/:compensationId/payment')
  @HttpCode(201)
  payment(
    @Param('compensationId', UUID) compensationId: string,
    @Body() body: CompensationPaymentRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.court.recordPayment(compensationId, body, actor);
  }

  @Get('cases/:caseId/timeline')
  timeline(@Param('caseId', UUID) caseId: string, @CurrentActor() actor: Actor) {
    return this.investigations.caseTimeline(caseId, actor);
  }

  @Get('statistics')
  stats(@CurrentActor() actor: Actor, @Query('year') year?: string) {
    return this.statistics.forYear(actor, year);
  }
}

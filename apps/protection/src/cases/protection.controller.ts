import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  FollowUpOutcomeRequest,
  ResidenceStatusRequest,
  ReturnCompletionRequest,
  ReturnPlanRequest,
  ClosureRequest,
  ClosureReviewRequest,
  LeadAgencyRequest,
  NeedsAssessmentRequest,
  PlacementRequest,
  ServiceDeclineRequest,
  ServiceReferralRequest,
} from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { CourtTasks } from '../court/court-tasks';
import { FollowUps } from '../follow-ups/follow-ups';
import { NeedsAssessments } from '../plans/needs-assessments';
import { ResidenceStatuses } from '../residence/residence-statuses';
import { Returns } from '../returns/returns';
import { ServiceReferrals } from '../services/service-referrals';
import { ShelterPlacements } from '../shelters/shelter-placements';
import { CaseClosure } from './case-closure';
import { CaseLead } from './case-lead';
import { CaseView } from './case-view';

const UUID = new ParseUUIDPipe();

/** Internal API of protection; only the gateway calls it. */
@Controller('internal/protection')
export class ProtectionController {
  constructor(
    private readonly view: CaseView,
    private readonly lead: CaseLead,
    private readonly needs: NeedsAssessments,
    private readonly services: ServiceReferrals,
    private readonly shelters: ShelterPlacements,
    private readonly closure: CaseClosure,
    private readonly residence: ResidenceStatuses,
    private readonly returns: Returns,
    private readonly followUps: FollowUps,
    private readonly courtTasks: CourtTasks,
  ) {}

  @Get('cases')
  list(@CurrentActor() actor: Actor, @Query('status') status?: string) {
    return this.view.list(actor, status);
  }

  @Get('cases/:caseId')
  get(@Param('caseId', UUID) caseId: string, @CurrentActor() actor: Actor) {
    return this.view.get(caseId, actor);
  }

  @Post('cases/:caseId/needs-assessments')
  @HttpCode(201)
  assess(
    @Param('caseId', UUID) caseId: string,
    @Body() body: NeedsAssessmentRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.needs.assess(caseId, body, actor);
  }

  @Post('cases/:caseId/service-referrals')
  @HttpCode(201)
  refer(
    @Param('caseId', UUID) caseId: string,
    @Body() body: ServiceReferralRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.services.refer(caseId, body, actor);
  }

  @Post('cases/:caseId/placements')
  @HttpCode(201)
  place(@Param('caseId', UUID) caseId: string, @Body() body: PlacementRequest, @CurrentActor() actor: Actor) {
    return this.shelters.request(caseId, body, actor);
  }

  @Post('cases/:caseId/lead-agency')
  @HttpCode(200)
  handOver(
    @Param('caseId', UUID) caseId: string,
    @Body() body: LeadAgencyRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.lead.handOver(caseId, body, actor);
  }

  @Post('cases/:caseId/closure')
  @HttpCode(201)
  requestClosure(
    @Param('caseId', UUID) caseId: string,
    @Body() body: ClosureRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.closure.request(caseId, body, actor);
  }

  @Post('cases/:caseId/closure/review')
  @HttpCode(201)
  reviewClosure(
    @Param('caseId', UUID) caseId: string,
    @Body() body: ClosureReviewRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.closure.review(caseId, body.approve, actor);
  }

  @Post('cases/:caseId/residence-status')
  @HttpCode(201)
  recordResidence(
    @Param('caseId', UUID) caseId: string,
    @Body() body: ResidenceStatusRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.residence.record(caseId, body, actor);
  }

  @Post('cases/:caseId/return-plan')
  @HttpCode(201)
  planReturn(
    @Param('caseId', UUID) caseId: string,
    @Body() body: ReturnPlanRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.returns.plan(caseId, body, actor);
  }

  @Post('cases/:caseId/return-plan/completion')
  @HttpCode(201)
  completeReturn(
    @Param('caseId', UUID) caseId: string,
    @Body() body: ReturnCompletionRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.returns.complete(caseId, body, actor);
  }

  @Post('cases/:caseId/return-plan/cancellation')
  @HttpCode(201)
  cancelReturn(@Param('caseId', UUID) caseId: string, @CurrentActor() actor: Actor) {
    return this.returns.cancel(caseId, actor);
  }

  @Post('cases/:caseId/follow-ups/:followUpId')
  @HttpCode(201)
  recordFollowUp(
    @Param('caseId', UUID) caseId: string,
    @Param('followUpId', UUID) followUpId: string,
    @Body() body: FollowUpOutcomeRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.followUps.record(caseId, followUpId, body, actor);
  }

  @Post('cases/:caseId/court-tasks/:taskId/done')
  @HttpCode(201)
  courtTaskDone(
    @Param('caseId', UUID) caseId: string,
    @Param('taskId', UUID) taskId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.courtTasks.done(caseId, taskId, actor);
  }

  @Get('service-referrals')
  providerReferrals(@CurrentActor() actor: Actor, @Query('status') status?: string) {
    return this.services.forProvider(actor, status);
  }

  @Post('service-referrals/:id/accept')
  @HttpCode(200)
  accept(@Param('id', UUID) id: string, @CurrentActor() actor: Actor) {
    return this.services.answer(id, 'accept', actor);
  }

  @Post('service-referrals/:id/decline')
  @HttpCode(200)
  decline(@Param('id', UUID) id: string, @Body() body: ServiceDeclineRequest, @CurrentActor() actor: Actor) {
    return this.services.answer(id, 'decline', actor, body.reason);
  }

  @Post('service-referrals/:id/complete')
  @HttpCode(200)
  complete(@Param('id', UUID) id: string, @CurrentActor() actor: Actor) {
    return this.services.answer(id, 'complete', actor);
  }

  @Get('shelters')
  shelterList(@CurrentActor() actor: Actor) {
    return this.shelters.shelters(actor);
  }

  @Post('placements/:id/check-in')
  @HttpCode(200)
  checkIn(@Param('id', UUID) id: string, @CurrentActor() actor: Actor) {
    return this.shelters.checkIn(id, actor);
  }

  @Post('placements/:id/check-out')
  @HttpCode(200)
  checkOut(@Param('id', UUID) id: string, @CurrentActor() actor: Actor) {
    return this.shelters.checkOut(id, actor);
  }

  @Post('placements/:id/transfer')
  @HttpCode(200)
  transfer(@Param('id', UUID) id: string, @Body() body: PlacementRequest, @CurrentActor() actor: Actor) {
    return this.shelters.transfer(id, body, actor);
  }
}

import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
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
import { AuthenticatedActor } from '../auth/actor.decorator';
import { forwardQuery } from '../inbox/inbox.controller';
import { ServiceClient } from '../upstream/service-client';

const UUID = new ParseUUIDPipe();
const conflict = ApiResponse({
  status: 409,
  description:
    'the case or placement is not in a state that allows this (e.g. closing with a person still in a shelter)',
});

/** Protection: cases, the service plan, service referrals (also as providers see them), shelters and closure. */
@ApiTags('protection')
@ApiBearerAuth()
@Controller('api/v1/protection')
export class ProtectionController {
  constructor(private readonly services: ServiceClient) {}

  private async relay(actor: Actor, method: 'GET' | 'POST', path: string, body?: unknown) {
    return (await this.services.call('protection', method, `/internal/protection${path}`, actor, { body }))
      .body;
  }

  @Get('cases')
  @ApiOperation({ summary: 'Protection cases, children and urgent risks first (case workers, supervisors)' })
  @ApiQuery({ name: 'status', required: false, enum: ['open', 'closure_requested', 'closed'] })
  list(@AuthenticatedActor() actor: Actor, @Query('status') status?: string) {
    return this.relay(actor, 'GET', `/cases${forwardQuery({ status })}`);
  }

  @Get('cases/:caseId')
  @ApiOperation({ summary: 'A protection case: why it opened, recovery period, plan, referrals, placements' })
  get(@Param('caseId', UUID) caseId: string, @AuthenticatedActor() actor: Actor) {
    return this.relay(actor, 'GET', `/cases/${caseId}`);
  }

  @Post('cases/:caseId/needs-assessments')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Record the needs assessment: the service plan as it now stands (case workers)',
    description:
      'Due dates default from priority (urgent 1 day, high 7, normal 30); needs not named are withdrawn.',
  })
  @conflict
  assess(
    @Param('caseId', UUID) caseId: string,
    @Body() body: NeedsAssessmentRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/cases/${caseId}/needs-assessments`, body);
  }

  @Post('cases/:caseId/service-referrals')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Refer an assessed need to a provider (case workers)',
    description:
      "Within the person's consent to share with that kind of agency; for a child, or with a supervisor's recorded override, without it.",
  })
  @conflict
  refer(
    @Param('caseId', UUID) caseId: string,
    @Body() body: ServiceReferralRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/cases/${caseId}/service-referrals`, body);
  }

  @Post('cases/:caseId/placements')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Ask for a shelter bed (case workers)',
    description: 'Placed at once when a bed is free, else queued (children and urgent risks first).',
  })
  @conflict
  place(
    @Param('caseId', UUID) caseId: string,
    @Body() body: PlacementRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/cases/${caseId}/placements`, body);
  }

  @Post('cases/:caseId/lead-agency')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Hand the lead of a case to another protection agency (a supervisor of the lead agency or the competent authority)',
    description:
      "The new lead's case workers manage the case from then on; the agency that led it sees it only while a " +
      'service referral or a placement ties it to the case.',
  })
  @conflict
  handOver(
    @Param('caseId', UUID) caseId: string,
    @Body() body: LeadAgencyRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/cases/${caseId}/lead-agency`, body);
  }

  @Post('cases/:caseId/closure')
  @HttpCode(201)
  @ApiOperation({ summary: 'Ask to close the case with a reason (case workers); a supervisor approves' })
  @conflict
  requestClosure(
    @Param('caseId', UUID) caseId: string,
    @Body() body: ClosureRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/cases/${caseId}/closure`, body);
  }

  @Post('cases/:caseId/closure/review')
  @HttpCode(201)
  @ApiOperation({ summary: 'Approve or reject a closure (a supervisor who did not ask for it)' })
  @conflict
  reviewClosure(
    @Param('caseId', UUID) caseId: string,
    @Body() body: ClosureReviewRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/cases/${caseId}/closure/review`, body);
  }

  @Post('cases/:caseId/residence-status')
  @HttpCode(201)
  @ApiOperation({
    summary: "Record the person's residence status (case workers)",
    description:
      'An expiry date raises a reminder to your agency ahead of it (RESIDENCE_REMINDER_DAYS, default 30).',
  })
  @conflict
  residence(
    @Param('caseId', UUID) caseId: string,
    @Body() body: ResidenceStatusRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/cases/${caseId}/residence-status`, body);
  }

  @Post('cases/:caseId/return-plan')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Plan a voluntary return (case workers; supervisors for a high-risk return or a child)',
    description:
      "Needs the person's consent, a risk assessment, the receiving organisation and who follows up.",
  })
  @conflict
  planReturn(
    @Param('caseId', UUID) caseId: string,
    @Body() body: ReturnPlanRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/cases/${caseId}/return-plan`, body);
  }

  @Post('cases/:caseId/return-plan/completion')
  @HttpCode(201)
  @ApiOperation({ summary: 'The person returned: follow-ups are scheduled at 3, 6 and 12 months' })
  @conflict
  completeReturn(
    @Param('caseId', UUID) caseId: string,
    @Body() body: ReturnCompletionRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/cases/${caseId}/return-plan/completion`, body);
  }

  @Post('cases/:caseId/return-plan/cancellation')
  @HttpCode(201)
  @ApiOperation({ summary: 'Cancel a planned return' })
  @conflict
  cancelReturn(@Param('caseId', UUID) caseId: string, @AuthenticatedActor() actor: Actor) {
    return this.relay(actor, 'POST', `/cases/${caseId}/return-plan/cancellation`);
  }

  @Post('cases/:caseId/follow-ups/:followUpId')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record what a follow-up found (case workers, or the agency following up)' })
  @conflict
  followUp(
    @Param('caseId', UUID) caseId: string,
    @Param('followUpId', UUID) followUpId: string,
    @Body() body: FollowUpOutcomeRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/cases/${caseId}/follow-ups/${followUpId}`, body);
  }

  @Post('cases/:caseId/court-tasks/:taskId/done')
  @HttpCode(201)
  @ApiOperation({ summary: 'Mark a court-linked task (interpreter, legal aid, transport, risk review) done' })
  @conflict
  courtTaskDone(
    @Param('caseId', UUID) caseId: string,
    @Param('taskId', UUID) taskId: string,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/cases/${caseId}/court-tasks/${taskId}/done`);
  }

  @Get('service-referrals')
  @ApiOperation({
    summary: 'Referrals to your agency, as a provider sees them: what is needed and by when, never who',
  })
  @ApiQuery({
    name: 'status',
    required: false,
    enum: ['pending', 'accepted', 'declined', 'completed', 'stopped'],
  })
  providerReferrals(@AuthenticatedActor() actor: Actor, @Query('status') status?: string) {
    return this.relay(actor, 'GET', `/service-referrals${forwardQuery({ status })}`);
  }

  @Post('service-referrals/:id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept a referral to your agency (providers)' })
  @conflict
  accept(@Param('id', UUID) id: string, @AuthenticatedActor() actor: Actor) {
    return this.relay(actor, 'POST', `/service-referrals/${id}/accept`);
  }

  @Post('service-referrals/:id/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline a referral to your agency, with a reason (providers)' })
  @conflict
  decline(
    @Param('id', UUID) id: string,
    @Body() body: ServiceDeclineRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/service-referrals/${id}/decline`, body);
  }

  @Post('service-referrals/:id/complete')
  @HttpCode(200)
  @ApiOperation({ summary: 'Report an accepted service delivered (providers)' })
  @conflict
  complete(@Param('id', UUID) id: string, @AuthenticatedActor() actor: Actor) {
    return this.relay(actor, 'POST', `/service-referrals/${id}/complete`);
  }

  @Get('shelters')
  @ApiOperation({ summary: 'Shelters with capacity, beds taken and queue length' })
  shelters(@AuthenticatedActor() actor: Actor) {
    return this.relay(actor, 'GET', '/shelters');
  }

  @Post('placements/:id/check-in')
  @HttpCode(200)
  @ApiOperation({ summary: 'The person arrived at the shelter (case workers, the shelter)' })
  @conflict
  checkIn(@Param('id', UUID) id: string, @AuthenticatedActor() actor: Actor) {
    return this.relay(actor, 'POST', `/placements/${id}/check-in`);
  }

  @Post('placements/:id/check-out')
  @HttpCode(200)
  @ApiOperation({
    summary: 'The person left the shelter, or a queued request is cancelled; the bed goes to the queue',
  })
  @conflict
  checkOut(@Param('id', UUID) id: string, @AuthenticatedActor() actor: Actor) {
    return this.relay(actor, 'POST', `/placements/${id}/check-out`);
  }

  @Post('placements/:id/transfer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move the person to another shelter (case workers)' })
  @conflict
  transfer(
    @Param('id', UUID) id: string,
    @Body() body: PlacementRequest,
    @AuthenticatedActor() actor: Actor,
  ) {
    return this.relay(actor, 'POST', `/placements/${id}/transfer`, body);
  }
}

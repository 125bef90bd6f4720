import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ClosureRequest, ClosureReviewRequest, LeadAgencyRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { HandOverLead } from './commands/hand-over-lead';
import { RequestClosure } from './commands/request-closure';
import { ReviewClosure } from './commands/review-closure';
import { CaseDetail } from './queries/case-detail';
import { CaseList } from './queries/case-list';

const UUID = new ParseUUIDPipe();

/** Protection cases, their lead agency and their closure: internal API, only the gateway calls it. */
@Controller('internal/protection')
export class CasesController {
  constructor(
    private readonly caseList: CaseList,
    private readonly caseDetail: CaseDetail,
    private readonly handOverLead: HandOverLead,
    private readonly requestClosure: RequestClosure,
    private readonly reviewClosure: ReviewClosure,
  ) {}

  @Get('cases')
  list(@CurrentActor() actor: Actor, @Query('status') status?: string) {
    return this.caseList.execute(actor, status);
  }

  @Get('cases/:caseId')
  get(@Param('caseId', UUID) caseId: string, @CurrentActor() actor: Actor) {
    return this.caseDetail.execute(caseId, actor);
  }

  @Post('cases/:caseId/lead-agency')
  @HttpCode(200)
  handOver(
    @Param('caseId', UUID) caseId: string,
    @Body() body: LeadAgencyRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.handOverLead.execute(caseId, body, actor);
  }

  @Post('cases/:caseId/closure')
  @HttpCode(201)
  close(@Param('caseId', UUID) caseId: string, @Body() body: ClosureRequest, @CurrentActor() actor: Actor) {
    return this.requestClosure.execute(caseId, body, actor);
  }

  @Post('cases/:caseId/closure/review')
  @HttpCode(201)
  review(
    @Param('caseId', UUID) caseId: string,
    @Body() body: ClosureReviewRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.reviewClosure.execute(caseId, body.approve, actor);
  }
}

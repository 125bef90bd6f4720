import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ServiceDeclineRequest, ServiceReferralRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { AnswerServiceReferral } from './commands/answer-service-referral';
import { ReferToService } from './commands/refer-to-service';
import { ProviderReferrals } from './queries/provider-referrals';

const UUID = new ParseUUIDPipe();

/** Referrals to service providers and their answers: internal API, only the gateway calls it. */
@Controller('internal/protection')
export class ServiceReferralsController {
  constructor(
    private readonly referToService: ReferToService,
    private readonly answerReferral: AnswerServiceReferral,
    private readonly providerReferrals: ProviderReferrals,
  ) {}

  @Post('cases/:caseId/service-referrals')
  @HttpCode(201)
  refer(
    @Param('caseId', UUID) caseId: string,
    @Body() body: ServiceReferralRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.referToService.execute(caseId, body, actor);
  }

  @Get('service-referrals')
  forProvider(@CurrentActor() actor: Actor, @Query('status') status?: string) {
    return this.providerReferrals.execute(actor, status);
  }

  @Post('service-referrals/:id/accept')
  @HttpCode(200)
  accept(@Param('id', UUID) id: string, @CurrentActor() actor: Actor) {
    return this.answerReferral.execute(id, 'accept', actor);
  }

  @Post('service-referrals/:id/decline')
  @HttpCode(200)
  decline(@Param('id', UUID) id: string, @Body() body: ServiceDeclineRequest, @CurrentActor() actor: Actor) {
    return this.answerReferral.execute(id, 'decline', actor, body.reason);
  }

  @Post('service-referrals/:id/complete')
  @HttpCode(200)
  complete(@Param('id', UUID) id: string, @CurrentActor() actor: Actor) {
    return this.answerReferral.execute(id, 'complete', actor);
  }
}

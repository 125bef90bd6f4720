import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CreateReferralRequest, ReferralAcceptedResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { requireRole } from '@nrm/service-kit';
import { AuthenticatedActor } from '../auth/actor.decorator';
import { ServiceClient } from '../upstream/service-client';

@ApiTags('referrals')
@ApiBearerAuth()
@Controller('api/v1/referrals')
export class ReferralsController {
  constructor(private readonly services: ServiceClient) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Refer a presumed victim (first responders)' })
  @ApiCreatedResponse({ type: ReferralAcceptedResponse })
  @ApiResponse({ status: 400, description: 'problem+json listing each invalid field; nothing is stored' })
  @ApiResponse({ status: 401, description: 'no or invalid access token' })
  @ApiResponse({ status: 403, description: 'the role may not refer' })
  async create(
    @Body() body: CreateReferralRequest,
    @AuthenticatedActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReferralAcceptedResponse> {
    requireRole(actor, 'first_responder');
    const { body: accepted } = await this.services.call<ReferralAcceptedResponse>(
      'intake',
      'POST',
      '/internal/referrals',
      actor,
      {
        body,
      },
    );
    const result = accepted as ReferralAcceptedResponse;
    void reply.header('location', `/api/v1/cases/${result.caseId}`);
    return result;
  }

  @Get(':caseId')
  @ApiOperation({ summary: 'The referral stage of a case, for the agencies involved' })
  @ApiResponse({ status: 404, description: 'no such case, or not one of yours' })
  async get(
    @Param('caseId', new ParseUUIDPipe({ version: '4' })) caseId: string,
    @AuthenticatedActor() actor: Actor,
  ) {
    const { body } = await this.services.call<unknown>(
      'intake',
      'GET',
      `/internal/referrals/${caseId}`,
      actor,
    );
    return body;
  }
}

import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CreateReferralRequest } from '@nrm/api-contracts';
import type { ReferralAcceptedResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor, ProblemException, requireRole } from '@nrm/service-kit';
import { ReferralRecord } from './referral.entity';
import { RegisterReferral } from './register-referral.usecase';

/** What an agency involved in a case may see of its referral stage: no personal data. */
export interface ReferralStatusView {
  caseId: string;
  caseReference: string;
  status: string;
  referringAgencyId: string;
  channel: string;
  referredAt: string;
  handledAsChild: boolean;
  immediateRisks: string[];
}

/** Internal API; only the gateway calls it, after authenticating the actor. */
@Controller('internal/referrals')
export class ReferralsController {
  constructor(
    private readonly registerReferral: RegisterReferral,
    private readonly dataSource: DataSource,
  ) {}

  @Post()
  @HttpCode(201)
  async create(
    @Body() body: CreateReferralRequest,
    @CurrentActor() actor: Actor,
  ): Promise<ReferralAcceptedResponse> {
    requireRole(actor, 'first_responder');
    return this.registerReferral.execute(body, actor);
  }

  @Get(':caseId')
  async status(
    @Param('caseId', new ParseUUIDPipe({ version: '4' })) caseId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ReferralStatusView> {
    const record = await this.dataSource.getRepository(ReferralRecord).findOneBy({ caseId });
    const involved =
      record &&
      (record.referringAgencyId === actor.agencyId ||
        ['identification_officer', 'supervisor'].includes(actor.role));
    // Not involved looks the same as absent, so case ids cannot be probed.
    if (!record || !involved) throw new ProblemException('notFound', 'no such case');
    return {
      caseId: record.caseId,
      caseReference: record.caseReference,
      status: record.status,
      referringAgencyId: record.referringAgencyId,
      channel: record.channel,
      referredAt: record.referredAt.toISOString(),
      handledAsChild: record.handledAsChild,
      immediateRisks: record.immediateRisks,
    };
  }
}

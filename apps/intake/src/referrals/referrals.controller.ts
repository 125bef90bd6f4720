import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  AmendReferralRequest,
  CreateReferralRequest,
  ErasePersonalDataRequest,
  WithdrawReferralRequest,
} from '@nrm/api-contracts';
import type {
  PersonalDataErasureResponse,
  ReferralAcceptedResponse,
  ReferralAmendedResponse,
  ReferralStatusResponse,
  ReferralVersionPage,
} from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { CASE_ID } from './case-id.pipe';
import { AmendReferral } from './commands/amend-referral';
import { ErasePersonalData } from './commands/erase-personal-data';
import { RegisterReferral } from './commands/register-referral';
import { WithdrawReferral } from './commands/withdraw-referral';
import { OwnReferrals } from './queries/own-referrals';
import { ReferralStatus } from './queries/referral-status';
import { ReferralVersions } from './queries/referral-versions';

/** Internal API; only the gateway calls it, after authenticating the actor. */
@Controller('internal/referrals')
export class ReferralsController {
  constructor(
    private readonly registerReferral: RegisterReferral,
    private readonly amendReferral: AmendReferral,
    private readonly withdrawReferral: WithdrawReferral,
    private readonly erasePersonalData: ErasePersonalData,
    private readonly ownReferrals: OwnReferrals,
    private readonly referralStatus: ReferralStatus,
    private readonly referralVersions: ReferralVersions,
  ) {}

  @Post()
  @HttpCode(201)
  create(
    @Body() body: CreateReferralRequest,
    @CurrentActor() actor: Actor,
  ): Promise<ReferralAcceptedResponse> {
    return this.registerReferral.execute(body, actor);
  }

  /**
   * A partner state's referral, from the exchange only (never relayed by the gateway), as the case id
   * the exchange drew when it accepted the message: registering it again answers the same case.
   */
  @Put('cross-border/:caseId')
  crossBorder(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: CreateReferralRequest,
    @CurrentActor() actor: Actor,
  ): Promise<ReferralAcceptedResponse> {
    return this.registerReferral.execute(body, actor, new Date(), { caseId });
  }

  /** A partner state's notice to stop processing a case it referred: from the exchange only. */
  @Post('cross-border/:caseId/personal-data-erasure')
  @HttpCode(200)
  ceaseCrossBorder(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: ErasePersonalDataRequest,
    @CurrentActor() actor: Actor,
  ): Promise<PersonalDataErasureResponse> {
    return this.erasePersonalData.execute(caseId, body, actor, new Date(), true);
  }

  /** The referring agency's own referrals, newest first. */
  @Get()
  listOwn(
    @CurrentActor() actor: Actor,
    @Query('limit') limit?: string,
    @Query('before') before?: string,
  ): Promise<{ items: ReferralStatusResponse[] }> {
    return this.ownReferrals.execute(actor, { limit, before });
  }

  @Get(':caseId')
  status(
    @Param('caseId', CASE_ID) caseId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ReferralStatusResponse> {
    return this.referralStatus.execute(caseId, actor);
  }

  @Patch(':caseId')
  amend(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: AmendReferralRequest,
    @CurrentActor() actor: Actor,
  ): Promise<ReferralAmendedResponse> {
    return this.amendReferral.execute(caseId, body, actor);
  }

  /** Who changed what and when; the values and reasons stay sealed. */
  @Get(':caseId/versions')
  versions(
    @Param('caseId', CASE_ID) caseId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ReferralVersionPage> {
    return this.referralVersions.execute(caseId, actor);
  }

  @Post(':caseId/withdrawal')
  @HttpCode(204)
  async withdraw(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: WithdrawReferralRequest,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await this.withdrawReferral.execute(caseId, body, actor);
  }

  @Post(':caseId/personal-data-erasure')
  @HttpCode(200)
  erase(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: ErasePersonalDataRequest,
    @CurrentActor() actor: Actor,
  ): Promise<PersonalDataErasureResponse> {
    return this.erasePersonalData.execute(caseId, body, actor);
  }
}

import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AmendReferralRequest,
  ConsentChangeRequest,
  CreateReferralRequest,
  DisclosureOverrideRequest,
  ErasePersonalDataRequest,
  WithdrawReferralRequest,
} from '@nrm/api-contracts';
import type {
  DisclosureOverrideResponse,
  PersonalDataErasureResponse,
  PersonalDataResponse,
  ReferralAcceptedResponse,
  ReferralStatusResponse,
} from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor, ProblemException, requireRole } from '@nrm/service-kit';
import { currentConsent } from '../consent/consent.repository';
import type { ConsentState } from '../consent/consent.repository';
import { RecordConsent } from '../consent/record-consent.usecase';
import { OverrideDisclosure } from '../personal-data/override-disclosure.usecase';
import { ReadPersonalData } from '../personal-data/read-personal-data.usecase';
import { AmendReferral } from './amend-referral.usecase';
import { ErasePersonalData } from './erase-personal-data.usecase';
import { ReferralAccess } from './referral-access';
import { ReferralViews } from './referral-views';
import { ReferralRecord } from './referral.entity';
import { RegisterReferral } from './register-referral.usecase';
import { WithdrawReferral } from './withdraw-referral.usecase';

const CASE_ID = new ParseUUIDPipe({ version: '4' });

/** Internal API; only the gateway calls it, after authenticating the actor. */
@Controller('internal/referrals')
export class ReferralsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registerReferral: RegisterReferral,
    private readonly amendReferral: AmendReferral,
    private readonly withdrawReferral: WithdrawReferral,
    private readonly erasePersonalData: ErasePersonalData,
    private readonly readPersonalData: ReadPersonalData,
    private readonly overrideDisclosure: OverrideDisclosure,
    private readonly recordConsent: RecordConsent,
    private readonly access: ReferralAccess,
    private readonly views: ReferralViews,
  ) {}

  @Post()
  @HttpCode(201)
  create(
    @Body() body: CreateReferralRequest,
    @CurrentActor() actor: Actor,
  ): Promise<ReferralAcceptedResponse> {
    return this.registerReferral.execute(body, actor);
  }

  /** The referring agency's own referrals, newest first. */
  @Get()
  async listOwn(
    @CurrentActor() actor: Actor,
    @Query('limit') limitText?: string,
    @Query('before') before?: string,
  ): Promise<{ items: ReferralStatusResponse[] }> {
    requireRole(actor, 'first_responder', 'supervisor');
    const limit = limitText === undefined ? 50 : Number(limitText);
    const problems = [];
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
      problems.push({ field: 'limit', message: 'limit must be a whole number from 1 to 200' });
    }
    if (before !== undefined && Number.isNaN(Date.parse(before))) {
      problems.push({ field: 'before', message: 'before must be an ISO 8601 time' });
    }
    if (problems.length) throw new ProblemException('validation', 'the query is not valid', problems);
    return this.dataSource.transaction(async (manager) => {
      const qb = manager
        .getRepository(ReferralRecord)
        .createQueryBuilder('r')
        .where('r.referring_agency_id = :agency', { agency: actor.agencyId })
        .orderBy('r.referred_at', 'DESC')
        .limit(limit);
      if (before) qb.andWhere('r.referred_at < :before', { before: new Date(before) });
      const records = await qb.getMany();
      return { items: await this.views.statuses(manager, records) };
    });
  }

  @Get(':caseId')
  async status(
    @Param('caseId', CASE_ID) caseId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ReferralStatusResponse> {
    return this.dataSource.transaction(async (manager) =>
      this.views.status(manager, await this.access.find(manager, caseId, actor)),
    );
  }

  @Patch(':caseId')
  amend(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: AmendReferralRequest,
    @CurrentActor() actor: Actor,
  ): Promise<{ version: number }> {
    return this.amendReferral.execute(caseId, body, actor);
  }

  /** Who changed what and when; the values and reasons stay sealed. */
  @Get(':caseId/versions')
  async versions(@Param('caseId', CASE_ID) caseId: string, @CurrentActor() actor: Actor) {
    await this.access.find(this.dataSource.manager, caseId, actor);
    const rows: {
      version: number;
      changed_by_agency: string;
      changed_at: Date;
      changed_sections: string[];
    }[] = await this.dataSource.query(
      `SELECT version, changed_by_agency, changed_at, changed_sections FROM referral_version
          WHERE case_id = $1 ORDER BY version`,
      [caseId],
    );
    return {
      items: rows.map((r) => ({
        version: r.version,
        changedByAgencyId: r.changed_by_agency,
        changedAt: r.changed_at.toISOString(),
        changedSections: r.changed_sections,
      })),
    };
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

  @Get(':caseId/personal-data')
  personalData(
    @Param('caseId', CASE_ID) caseId: string,
    @CurrentActor() actor: Actor,
  ): Promise<PersonalDataResponse> {
    return this.readPersonalData.execute(caseId, actor);
  }

  @Post(':caseId/disclosure-overrides')
  @HttpCode(201)
  overrideConsent(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: DisclosureOverrideRequest,
    @CurrentActor() actor: Actor,
  ): Promise<DisclosureOverrideResponse> {
    return this.overrideDisclosure.execute(caseId, body, actor);
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

  @Get(':caseId/consents')
  async consents(
    @Param('caseId', CASE_ID) caseId: string,
    @CurrentActor() actor: Actor,
  ): Promise<{ items: ConsentState[] }> {
    await this.access.find(this.dataSource.manager, caseId, actor);
    return { items: await currentConsent(this.dataSource.manager, caseId) };
  }

  @Post(':caseId/consents')
  @HttpCode(201)
  async changeConsent(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: ConsentChangeRequest,
    @CurrentActor() actor: Actor,
  ): Promise<{ items: ConsentState[] }> {
    return { items: await this.recordConsent.execute(caseId, body, actor) };
  }
}

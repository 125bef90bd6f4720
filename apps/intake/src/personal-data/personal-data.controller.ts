import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { DisclosureOverrideRequest } from '@nrm/api-contracts';
import type { DisclosureOverrideResponse, PersonalDataResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { CASE_ID } from '../referrals/case-id.pipe';
import { OverrideDisclosure } from './commands/override-disclosure';
import { PersonalDetails } from './queries/personal-details';

/** A person's details, by need to know: internal API, only the gateway calls it. */
@Controller('internal/referrals/:caseId')
export class PersonalDataController {
  constructor(
    private readonly personalDetails: PersonalDetails,
    private readonly overrideDisclosure: OverrideDisclosure,
  ) {}

  @Get('personal-data')
  personalData(
    @Param('caseId', CASE_ID) caseId: string,
    @CurrentActor() actor: Actor,
  ): Promise<PersonalDataResponse> {
    return this.personalDetails.execute(caseId, actor);
  }

  @Post('disclosure-overrides')
  @HttpCode(201)
  overrideConsent(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: DisclosureOverrideRequest,
    @CurrentActor() actor: Actor,
  ): Promise<DisclosureOverrideResponse> {
    return this.overrideDisclosure.execute(caseId, body, actor);
  }
}

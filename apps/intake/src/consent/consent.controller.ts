import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ConsentChangeRequest } from '@nrm/api-contracts';
import type { ConsentInForcePage } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { CASE_ID } from '../referrals/case-id.pipe';
import { RecordConsent } from './commands/record-consent';
import { CurrentConsent } from './queries/current-consent';

/** A person's consent to a referral's purposes: internal API, only the gateway calls it. */
@Controller('internal/referrals/:caseId/consents')
export class ConsentController {
  constructor(
    private readonly currentConsent: CurrentConsent,
    private readonly recordConsent: RecordConsent,
  ) {}

  @Get()
  async consents(
    @Param('caseId', CASE_ID) caseId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ConsentInForcePage> {
    return { items: await this.currentConsent.execute(caseId, actor) };
  }

  @Post()
  @HttpCode(201)
  async changeConsent(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: ConsentChangeRequest,
    @CurrentActor() actor: Actor,
  ): Promise<ConsentInForcePage> {
    return { items: await this.recordConsent.execute(caseId, body, actor) };
  }
}

import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { AgreementRequest, PartnerRequest } from '@nrm/api-contracts';
import type { AgreementResponse, PartnerPage, PartnerResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { RecordAgreement } from './commands/record-agreement';
import { RegisterPartner } from './commands/register-partner';
import { PartnerList } from './queries/partner-list';

/** The partner registry: internal API, only the gateway calls it. */
@Controller('internal/exchange/partners')
export class PartnersController {
  constructor(
    private readonly partnerList: PartnerList,
    private readonly registerPartner: RegisterPartner,
    private readonly recordAgreement: RecordAgreement,
  ) {}

  @Get()
  list(@CurrentActor() actor: Actor): Promise<PartnerPage> {
    return this.partnerList.execute(actor);
  }

  @Put(':country')
  register(
    @Param('country') country: string,
    @Body() body: PartnerRequest,
    @CurrentActor() actor: Actor,
  ): Promise<PartnerResponse> {
    return this.registerPartner.execute(country, body, actor);
  }

  @Put(':country/agreement')
  agreement(
    @Param('country') country: string,
    @Body() body: AgreementRequest,
    @CurrentActor() actor: Actor,
  ): Promise<AgreementResponse> {
    return this.recordAgreement.execute(country, body, actor);
  }
}

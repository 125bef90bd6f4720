import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ChargeAmendmentRequest, ChargeRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { AmendCharge } from './commands/amend-charge';
import { FileCharge } from './commands/file-charge';

const UUID = new ParseUUIDPipe();

/** Charges against an investigation's suspects: internal API, only the gateway calls it. */
@Controller('internal/prosecution')
export class ChargesController {
  constructor(
    private readonly fileCharge: FileCharge,
    private readonly amendCharge: AmendCharge,
  ) {}

  @Post('investigations/:id/charges')
  @HttpCode(201)
  file(@Param('id', UUID) id: string, @Body() body: ChargeRequest, @CurrentActor() actor: Actor) {
    return this.fileCharge.execute(id, body, actor);
  }

  @Patch('investigations/:id/charges/:chargeId')
  amend(
    @Param('id', UUID) id: string,
    @Param('chargeId', UUID) chargeId: string,
    @Body() body: ChargeAmendmentRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.amendCharge.execute(id, chargeId, body, actor);
  }
}

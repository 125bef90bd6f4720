import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CompensationPaymentRequest, CompensationRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { OrderCompensation } from './commands/order-compensation';
import { RecordCompensationPayment } from './commands/record-compensation-payment';

const UUID = new ParseUUIDPipe();

/** Compensation for victims: internal API, only the gateway calls it. */
@Controller('internal/prosecution')
export class CompensationController {
  constructor(
    private readonly orderCompensation: OrderCompensation,
    private readonly recordCompensationPayment: RecordCompensationPayment,
  ) {}

  @Post('investigations/:id/compensation')
  @HttpCode(201)
  compensation(
    @Param('id', UUID) id: string,
    @Body() body: CompensationRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.orderCompensation.execute(id, body, actor);
  }

  @Post('compensation/:compensationId/payment')
  @HttpCode(201)
  payment(
    @Param('compensationId', UUID) compensationId: string,
    @Body() body: CompensationPaymentRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.recordCompensationPayment.execute(compensationId, body, actor);
  }
}

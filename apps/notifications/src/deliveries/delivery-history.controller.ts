import { Controller, Get, Query } from '@nestjs/common';
import type { DeliveryPage } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { DeliveryHistory } from './queries/delivery-history';

/** Internal API: the agency's deliveries on its external channels, newest first, each with its attempts. */
@Controller('internal/deliveries')
export class DeliveryHistoryController {
  constructor(private readonly history: DeliveryHistory) {}

  @Get()
  list(
    @CurrentActor() actor: Actor,
    @Query('status') status?: string,
    @Query('channel') channel?: string,
    @Query('limit') limit?: string,
  ): Promise<DeliveryPage> {
    return this.history.execute(actor, {
      ...(status !== undefined ? { status } : {}),
      ...(channel !== undefined ? { channel } : {}),
      ...(limit !== undefined ? { limit } : {}),
    });
  }
}

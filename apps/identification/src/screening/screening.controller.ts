import { Controller, Get, Param, Query } from '@nestjs/common';
import type { ScreeningQueuePage, ScreeningResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { ScreeningDetail } from './queries/screening-detail';
import { ScreeningQueue } from './queries/screening-queue';

import { CASE_ID } from './case-id.pipe';

/** Internal API; only the gateway calls it. Decision reasons stay sealed and are never listed. */
@Controller('internal/screenings')
export class ScreeningController {
  constructor(
    private readonly queue: ScreeningQueue,
    private readonly detail: ScreeningDetail,
  ) {}

  /** The competent authority's queue, oldest first. */
  @Get()
  list(@CurrentActor() actor: Actor, @Query('status') status = 'open'): Promise<ScreeningQueuePage> {
    return this.queue.execute(actor, status);
  }

  @Get(':caseId')
  get(@Param('caseId', CASE_ID) caseId: string, @CurrentActor() actor: Actor): Promise<ScreeningResponse> {
    return this.detail.execute(caseId, actor);
  }
}

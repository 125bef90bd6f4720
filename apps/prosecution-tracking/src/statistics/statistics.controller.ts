import { Controller, Get, Query } from '@nestjs/common';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { ProsecutionStatisticsQuery } from './queries/prosecution-statistics';

/** The committee's prosecution figures: internal API, only the gateway calls it. */
@Controller('internal/prosecution')
export class StatisticsController {
  constructor(private readonly prosecutionStatistics: ProsecutionStatisticsQuery) {}

  @Get('statistics')
  stats(@CurrentActor() actor: Actor, @Query('year') year?: string) {
    return this.prosecutionStatistics.execute(actor, year);
  }
}

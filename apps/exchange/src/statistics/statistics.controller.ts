import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { StatisticsPublicationRequest } from '@nrm/api-contracts';
import type { RegionalStatisticsResponse, StatisticsPublicationResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { PublishStatistics } from './commands/publish-statistics';
import { RegionalStatistics } from './queries/regional-statistics';

/** Statistics published to partners and the regional view: internal API, only the gateway calls it. */
@Controller('internal/exchange/statistics')
export class StatisticsController {
  constructor(
    private readonly publishStatistics: PublishStatistics,
    private readonly regionalStatistics: RegionalStatistics,
  ) {}

  @Post('publications')
  @HttpCode(201)
  publish(
    @Body() body: StatisticsPublicationRequest,
    @CurrentActor() actor: Actor,
  ): Promise<StatisticsPublicationResponse> {
    return this.publishStatistics.execute(body, actor);
  }

  @Get('regional')
  regional(
    @CurrentActor() actor: Actor,
    @Query('table') table?: string,
    @Query('by') by?: string,
    @Query('year') year?: string,
  ): Promise<RegionalStatisticsResponse> {
    return this.regionalStatistics.execute({ table, by, year }, actor);
  }
}

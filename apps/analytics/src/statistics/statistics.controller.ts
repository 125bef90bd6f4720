import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type {
  DurationStatisticsResponse,
  IndicatorPrevalenceResponse,
  StatisticsTableResponse,
} from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor } from '@nrm/service-kit';
import { barChartSvg } from './bar-chart';
import { countTableCsv } from './count-table';
import { IndicatorPrevalenceFigures } from './queries/indicator-prevalence-figures';
import { StageDurations } from './queries/stage-durations';
import { TableCounts } from './queries/table-counts';

/** Internal API of the statistics: suppressed counts as JSON, CSV or an SVG chart; the gateway calls it. */
@Controller('internal/statistics')
export class StatisticsController {
  constructor(
    private readonly stageDurations: StageDurations,
    private readonly prevalence: IndicatorPrevalenceFigures,
    private readonly tableCounts: TableCounts,
  ) {}

  @Get('durations')
  durations(@CurrentActor() actor: Actor, @Query('year') year?: string): Promise<DurationStatisticsResponse> {
    return this.stageDurations.execute(actor, year);
  }

  @Get('indicator-prevalence')
  indicatorPrevalence(
    @CurrentActor() actor: Actor,
    @Query() query: Record<string, string>,
  ): Promise<IndicatorPrevalenceResponse> {
    return this.prevalence.execute(actor, query);
  }

  @Get(':table')
  async table(
    @Param('table') name: string,
    @CurrentActor() actor: Actor,
    @Query() query: Record<string, string>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const table = await this.tableCounts.execute(actor, name, query, 'table');
    if (query['format'] === 'csv') {
      void reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}-${table.dimensions.join('-')}.csv"`)
        .send(countTableCsv(table));
      return;
    }
    const answer: StatisticsTableResponse = table;
    void reply.send(answer);
  }

  @Get(':table/chart')
  async chart(
    @Param('table') name: string,
    @CurrentActor() actor: Actor,
    @Query() query: Record<string, string>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const table = await this.tableCounts.execute(actor, name, query, 'chart');
    const scope = [query['year'], ...Object.entries(table.filters).map(([d, v]) => `${d} ${v}`)].filter(
      Boolean,
    );
    const title = `${name} by ${table.dimensions[0]}${scope.length ? ` (${scope.join(', ')})` : ''}`;
    void reply.header('content-type', 'image/svg+xml; charset=utf-8').send(barChartSvg(table, title));
  }
}

import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { IndicatorListIds } from '@nrm/contracts';
import type { IndicatorListId } from '@nrm/contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor, ProblemException, SERVICE_CONFIG, requireRole } from '@nrm/service-kit';
import type { AnalyticsConfig } from '../analytics.config';
import { barChartSvg } from './bar-chart';
import { buildIndicatorPrevalence, indicatorPrevalenceQuery } from './indicator-prevalence';
import type { IndicatorPrevalence, PrevalenceCount, PrevalenceQuery } from './indicator-prevalence';
import { buildCountTable, countTableCsv } from './count-table';
import type { CountTable, GroupedCount } from './count-table';
import { StatisticsTables, countQuery } from './statistics-tables';
import type { StatisticsTable } from './statistics-tables';

const READERS = ['analyst', 'supervisor', 'administrator'] as const;
const RESERVED = new Set(['by', 'year', 'format']);
const PREVALENCE_PARAMETERS = ['year', 'month', 'list'];
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Internal API of the statistics: suppressed counts as JSON, CSV or an SVG chart; the gateway calls it. */
@Controller('internal/statistics')
export class StatisticsController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: AnalyticsConfig,
  ) {}

  @Get('durations')
  async durations(@CurrentActor() actor: Actor, @Query('year') year?: string) {
    requireRole(actor, ...READERS);
    const params: unknown[] = [];
    const filter = year === undefined ? '' : (params.push(`${parseYear(year)}-%`), 'AND month LIKE $1');
    const rows: {
      stage: string;
      n: string;
      median: number | null;
      mean: number | null;
      p90: number | null;
    }[] = await this.dataSource.query(
      `SELECT stage, count(*) AS n,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY days_since_referral) AS median,
           avg(days_since_referral)::float AS mean,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY days_since_referral) AS p90
         FROM stat_case_stage WHERE days_since_referral IS NOT NULL ${filter}
         GROUP BY stage ORDER BY stage`,
      params,
    );
    const k = this.config.STATISTICS_MIN_CELL;
    return {
      minimumCell: k,
      unit: 'days from referral',
      // A duration over fewer than k cases could describe one person: shown only from k cases up.
      stages: rows.map((r) => {
        const n = Number(r.n);
        if (n < k) return { stage: r.stage, cases: null, suppressed: true };
        return {
          stage: r.stage,
          cases: n,
          suppressed: false,
          medianDays: r.median,
          meanDays: r.mean === null ? null : Math.round(r.mean * 10) / 10,
          p90Days: r.p90,
        };
      }),
    };
  }

  @Get('indicator-prevalence')
  async indicatorPrevalence(
    @CurrentActor() actor: Actor,
    @Query() query: Record<string, string>,
  ): Promise<IndicatorPrevalence> {
    requireRole(actor, ...READERS);
    const repeated = Object.entries(query).filter(([, v]) => typeof v !== 'string');
    if (repeated.length > 0) {
      throw new ProblemException('validation', `${repeated.map(([q]) => q).join(', ')} may be given once`);
    }
    const unknown = Object.keys(query).filter((q) => !PREVALENCE_PARAMETERS.includes(q));
    if (unknown.length > 0) {
      throw new ProblemException(
        'validation',
        // A name is repeated only when it looks like one (a typo to correct), never free text.
        `indicator-prevalence has no parameter ${unknown.map((q) => (/^[A-Za-z]{1,40}$/.test(q) ? q : '(not a name)')).join(', ')}; it takes ${PREVALENCE_PARAMETERS.join(', ')}`,
      );
    }
    const filters: Record<string, string> = {};
    const asked: PrevalenceQuery = {};
    if (query['year'] !== undefined) {
      asked.year = parseYear(query['year']);
      filters['year'] = query['year'];
    }
    if (query['month'] !== undefined) {
      if (!MONTH.test(query['month'])) throw new ProblemException('validation', 'month must be YYYY-MM');
      asked.month = filters['month'] = query['month'];
    }
    if (query['list'] !== undefined) {
      const list = query['list'] as IndicatorListId;
      if (!IndicatorListIds.includes(list)) {
        throw new ProblemException('validation', `list must be one of ${IndicatorListIds.join(', ')}`);
      }
      asked.list = list;
      filters['list'] = list;
    }
    const { sql, params } = indicatorPrevalenceQuery(asked);
    const rows: {
      figure: PrevalenceCount['figure'];
      list: string | null;
      dimension: string | null;
      item: string | null;
      n: string;
    }[] = await this.dataSource.query(sql, params);
    return buildIndicatorPrevalence({
      counts: rows.map(({ n, ...r }) => ({ ...r, count: Number(n) })),
      k: this.config.STATISTICS_MIN_CELL,
      filters,
      ...(asked.list ? { list: asked.list } : {}),
    });
  }

  @Get(':table')
  async table(
    @Param('table') name: string,
    @CurrentActor() actor: Actor,
    @Query() query: Record<string, string>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    requireRole(actor, ...READERS);
    const format = query['format'] ?? 'json';
    if (!['json', 'csv'].includes(format))
      throw new ProblemException('validation', 'format must be json or csv');
    const table = await this.countTable(name, query, 2);
    if (format === 'csv') {
      void reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}-${table.dimensions.join('-')}.csv"`)
        .send(countTableCsv(table));
      return;
    }
    void reply.send(table);
  }

  @Get(':table/chart')
  async chart(
    @Param('table') name: string,
    @CurrentActor() actor: Actor,
    @Query() query: Record<string, string>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    requireRole(actor, ...READERS);
    const table = await this.countTable(name, query, 1);
    const scope = [query['year'], ...Object.entries(table.filters).map(([d, v]) => `${d} ${v}`)].filter(
      Boolean,
    );
    const title = `${name} by ${table.dimensions[0]}${scope.length ? ` (${scope.join(', ')})` : ''}`;
    void reply.header('content-type', 'image/svg+xml; charset=utf-8').send(barChartSvg(table, title));
  }

  private async countTable(
    name: string,
    query: Record<string, string>,
    maxDimensions: number,
  ): Promise<CountTable> {
    const repeated = Object.entries(query).filter(([, v]) => typeof v !== 'string');
    if (repeated.length > 0) {
      throw new ProblemException('validation', `${repeated.map(([q]) => q).join(', ')} may be given once`);
    }
    const table = StatisticsTables[name];
    if (!table) {
      throw new ProblemException(
        'notFound',
        `there is no such statistics table; the tables are ${Object.keys(StatisticsTables).join(', ')}`,
      );
    }
    const by = (query['by'] ?? '').split(',').filter(Boolean);
    if (by.length < 1 || by.length > maxDimensions || new Set(by).size !== by.length) {
      throw new ProblemException(
        'validation',
        `by must name 1 to ${maxDimensions} different dimensions of ${name}`,
      );
    }
    const unknown = [...by, ...Object.keys(query).filter((q) => !RESERVED.has(q))].filter(
      (d) => !table.dimensions[d],
    );
    if (unknown.length > 0) {
      throw new ProblemException(
        'validation',
        // A name is repeated only when it looks like one (a typo to correct), never free text.
        `${name} has no dimension ${unknown.map((d) => (/^[A-Za-z]{1,40}$/.test(d) ? d : '(not a name)')).join(', ')}; it has ${Object.keys(table.dimensions).join(', ')}`,
      );
    }
    const filters = filtersOf(table, query);
    const multi = [...by, ...Object.keys(filters)].filter((d) => table.dimensions[d]?.unnest);
    if (new Set(multi.map((d) => table.dimensions[d]?.unnest)).size > 1) {
      throw new ProblemException('validation', 'at most one of nationality and exploitationType at a time');
    }
    const year = query['year'] === undefined ? undefined : parseYear(query['year']);
    const { sql, params } = countQuery({ table, by, filters, year });
    const rows: Record<string, unknown>[] = await this.dataSource.query(sql, params);
    const grouped: GroupedCount[] = rows.map((r) => ({
      values: by.map((_, i) => (Number(r[`g${i}`]) === 1 ? null : String(r[`d${i}`]))),
      count: Number(r['n']),
    }));
    return buildCountTable({
      table: name,
      dimensions: by,
      rows: grouped,
      k: this.config.STATISTICS_MIN_CELL,
      filters,
    });
  }
}

function filtersOf(table: StatisticsTable, query: Record<string, string>): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    if (RESERVED.has(name)) continue;
    const dimension = table.dimensions[name];
    if (!dimension || typeof value !== 'string' || !dimension.pattern.test(value)) {
      throw new ProblemException('validation', `${name} is not a valid filter value`);
    }
    filters[name] = value;
  }
  return filters;
}

function parseYear(year: string): number {
  if (!/^\d{4}$/.test(year)) throw new ProblemException('validation', 'year must be four digits, e.g. 2026');
  return Number(year);
}

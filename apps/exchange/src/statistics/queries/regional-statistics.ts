import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RegionalStatisticsResponse } from '@nrm/api-contracts';
import { Routes, StatisticsTables } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { combineRegional } from '@nrm/statistics';
import { PublishedStatisticsRepository } from '../published-statistics.repository';

/** The regional suppression threshold: never below the national one, nor below any state's own. */
const REGIONAL_K = 11;

/** The latest tables the states published, added up and suppressed again (`combineRegional`). */
@Injectable()
export class RegionalStatistics {
  constructor(
    private readonly dataSource: DataSource,
    private readonly published: PublishedStatisticsRepository,
  ) {}

  async execute(
    query: { table?: string; by?: string; year?: string },
    actor: Actor,
  ): Promise<RegionalStatisticsResponse> {
    permit(actor, Routes.regionalStatistics);
    const year = Number(query.year);
    const problems = [
      ...(StatisticsTables.includes(query.table as (typeof StatisticsTables)[number])
        ? []
        : [{ field: 'table', message: `table must be one of: ${StatisticsTables.join(', ')}` }]),
      ...(query.by && /^[a-zA-Z]{1,40}$/.test(query.by)
        ? []
        : [{ field: 'by', message: 'by must be one dimension' }]),
      ...(Number.isInteger(year) ? [] : [{ field: 'year', message: 'year must be a year' }]),
    ];
    if (problems.length > 0) throw new ProblemException('validation', 'the query is not valid', problems);
    const rows = await this.published.of(this.dataSource, query.table as string, query.by as string, year);
    const k = Math.max(REGIONAL_K, ...rows.map((r) => r.k));
    const regional = combineRegional(
      rows.map((r) => ({ state: r.state, cells: r.cells as Record<string, number | null>, total: r.total })),
      k,
    );
    return {
      table: query.table as string,
      by: query.by as string,
      year,
      k,
      states: rows.map((r) => ({
        state: r.state,
        publishedAt: r.published_at.toISOString(),
        total: { count: r.total, suppressed: r.total === null },
      })),
      ...regional,
    };
  }
}

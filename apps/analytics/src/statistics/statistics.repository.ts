import { Injectable } from '@nestjs/common';
import { CompiledQuery, sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';
import type { GroupedCount } from './count-table';
import { indicatorPrevalenceQuery } from './indicator-prevalence';
import type { PrevalenceCount, PrevalenceQuery } from './indicator-prevalence';
import { countQuery } from './statistics-tables';
import type { TableQuery } from './statistics-tables';

/** The statistics tables, emptied before a replay counts them again. */
const STATISTICS_TABLES = [
  'stat_referral',
  'stat_notice',
  'stat_case_stage',
  'stat_prosecution',
  'stat_indicator_assessment',
] as const satisfies readonly (keyof Tables)[];

/** One stage's durations from referral, over the cases that reached it. */
export interface StageDurationRow {
  stage: string;
  n: string;
  median: number | null;
  mean: number | null;
  p90: number | null;
}

/**
 * Reads of the statistics rows (ADR 0028). The count tables and the prevalence figures are built as
 * SQL from their definitions, every value a parameter (statistics-tables.ts, indicator-prevalence.ts),
 * and run through the service's typed SQL.
 */
@Injectable()
export class StatisticsRepository {
  /** Per stage, the days from referral to reaching it: count, median, mean and 90th percentile. */
  stageDurations(db: DataSource | EntityManager, year: number | undefined): Promise<StageDurationRow[]> {
    const days = sql.ref('days_since_referral');
    return sqlOf<Tables>(db)
      .selectFrom('stat_case_stage')
      .select((eb) => [
        'stage',
        eb.fn.countAll<string>().as('n'),
        sql<number | null>`percentile_cont(0.5) WITHIN GROUP (ORDER BY ${days})`.as('median'),
        sql<number | null>`avg(${days})::float`.as('mean'),
        sql<number | null>`percentile_cont(0.9) WITHIN GROUP (ORDER BY ${days})`.as('p90'),
      ])
      .where('days_since_referral', 'is not', null)
      .$if(year !== undefined, (q) => q.where('month', 'like', `${year}-%`))
      .groupBy('stage')
      .orderBy('stage')
      .execute();
  }

  /** The counts of the indicator prevalence figures in the period (and on the list) asked for. */
  async prevalenceCounts(db: DataSource | EntityManager, asked: PrevalenceQuery): Promise<PrevalenceCount[]> {
    const { sql: text, params } = indicatorPrevalenceQuery(asked);
    const { rows } = await sqlOf<Tables>(db).executeQuery<Omit<PrevalenceCount, 'count'> & { n: string }>(
      CompiledQuery.raw(text, params),
    );
    return rows.map(({ n, ...r }) => ({ ...r, count: Number(n) }));
  }

  /** A table's counts grouped by every combination of the dimensions asked for (null: all values). */
  async groupedCounts(db: DataSource | EntityManager, request: TableQuery): Promise<GroupedCount[]> {
    const { sql: text, params } = countQuery(request);
    const { rows } = await sqlOf<Tables>(db).executeQuery<Record<string, unknown>>(
      CompiledQuery.raw(text, params),
    );
    return rows.map((r) => ({
      values: request.by.map((_, i) => (Number(r[`g${i}`]) === 1 ? null : String(r[`d${i}`]))),
      count: Number(r['n']),
    }));
  }

  /** Empties the statistics, to be counted again from re-derived records. */
  async empty(db: DataSource | EntityManager): Promise<void> {
    await sql`TRUNCATE ${sql.join(STATISTICS_TABLES.map((t) => sql.table(t)))}`.execute(sqlOf<Tables>(db));
  }
}

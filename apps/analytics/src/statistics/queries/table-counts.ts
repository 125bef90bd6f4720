import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { ProblemException, SERVICE_CONFIG, permit } from '@nrm/service-kit';
import type { AnalyticsConfig } from '../../analytics.config';
import { buildCountTable } from '../count-table';
import type { CountTable } from '../count-table';
import { countTableRequest } from '../statistics-parameters';
import { StatisticsRepository } from '../statistics.repository';
import { Routes } from '@nrm/api-contracts';

/**
 * A statistics table's counts by up to two dimensions (one for a chart), filtered and in a year if
 * asked, with small counts suppressed. A table is answered as JSON or CSV (`format`).
 */
@Injectable()
export class TableCounts {
  constructor(
    private readonly dataSource: DataSource,
    private readonly statistics: StatisticsRepository,
    @Inject(SERVICE_CONFIG) private readonly config: AnalyticsConfig,
  ) {}

  async execute(
    actor: Actor,
    name: string,
    query: Record<string, string>,
    view: 'table' | 'chart',
  ): Promise<CountTable> {
    permit(actor, Routes.statisticsTable);
    if (view === 'table' && !['json', 'csv'].includes(query['format'] ?? 'json'))
      throw new ProblemException('validation', 'format must be json or csv');
    const request = countTableRequest(name, query, view === 'table' ? 2 : 1);
    return buildCountTable({
      table: name,
      dimensions: request.by,
      rows: await this.statistics.groupedCounts(this.dataSource, request),
      k: this.config.STATISTICS_MIN_CELL,
      filters: request.filters,
    });
  }
}

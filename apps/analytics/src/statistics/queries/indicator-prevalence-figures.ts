import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { IndicatorPrevalenceResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { SERVICE_CONFIG, permit } from '@nrm/service-kit';
import type { AnalyticsConfig } from '../../analytics.config';
import { buildIndicatorPrevalence } from '../indicator-prevalence';
import { prevalenceRequest } from '../statistics-parameters';
import { StatisticsRepository } from '../statistics.repository';
import { Routes } from '@nrm/api-contracts';

/** Indicator prevalence by dimension in a period (and on a list), with small counts suppressed. */
@Injectable()
export class IndicatorPrevalenceFigures {
  constructor(
    private readonly dataSource: DataSource,
    private readonly statistics: StatisticsRepository,
    @Inject(SERVICE_CONFIG) private readonly config: AnalyticsConfig,
  ) {}

  async execute(actor: Actor, query: Record<string, string>): Promise<IndicatorPrevalenceResponse> {
    permit(actor, Routes.indicatorPrevalence);
    const { asked, filters } = prevalenceRequest(query);
    return buildIndicatorPrevalence({
      counts: await this.statistics.prevalenceCounts(this.dataSource, asked),
      k: this.config.STATISTICS_MIN_CELL,
      filters,
      ...(asked.list ? { list: asked.list } : {}),
    });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DurationStatisticsResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { SERVICE_CONFIG, permit } from '@nrm/service-kit';
import type { AnalyticsConfig } from '../../analytics.config';
import { parseYear } from '../statistics-parameters';
import { StatisticsRepository } from '../statistics.repository';
import { Routes } from '@nrm/api-contracts';

/** Days from referral to each stage of a case, in a year or overall, with small counts suppressed. */
@Injectable()
export class StageDurations {
  constructor(
    private readonly dataSource: DataSource,
    private readonly statistics: StatisticsRepository,
    @Inject(SERVICE_CONFIG) private readonly config: AnalyticsConfig,
  ) {}

  async execute(actor: Actor, year: string | undefined): Promise<DurationStatisticsResponse> {
    permit(actor, Routes.durationStatistics);
    const rows = await this.statistics.stageDurations(
      this.dataSource,
      year === undefined ? undefined : parseYear(year),
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
}

import { Module } from '@nestjs/common';
import { IndicatorPrevalenceFigures } from './queries/indicator-prevalence-figures';
import { StageDurations } from './queries/stage-durations';
import { TableCounts } from './queries/table-counts';
import { StatisticsController } from './statistics.controller';
import { StatisticsRepository } from './statistics.repository';

/** Statistics counted from the national-statistics records, with small counts suppressed. */
@Module({
  controllers: [StatisticsController],
  providers: [StatisticsRepository, StageDurations, IndicatorPrevalenceFigures, TableCounts],
  exports: [StatisticsRepository],
})
export class StatisticsModule {}

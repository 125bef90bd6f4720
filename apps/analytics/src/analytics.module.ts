import { Module } from '@nestjs/common';
import { StatisticsModule } from './statistics/statistics.module';
import { StreamModule } from './stream/stream.module';

/**
 * Analytics: derives a pseudonymised, generalised stream per analyst audience from the lifecycle
 * events, and serves statistics counted from the national-statistics records as they are derived,
 * with small counts suppressed.
 */
@Module({ imports: [StreamModule, StatisticsModule] })
export class AnalyticsModule {}

import { Module } from '@nestjs/common';
import { SERVICE_CONFIG } from '@nrm/service-kit';
import type { AnalyticsConfig } from './analytics.config';
import { StatisticsController } from './statistics/statistics.controller';
import { StatisticsProjection } from './statistics/statistics-projection';
import { AnalyticsSourceEvents } from './stream/analytics.events';
import { AnalyticsStream } from './stream/analytics-stream';
import { AudiencePseudonyms } from './stream/audience-pseudonyms';

/**
 * Analytics: derives a pseudonymised, generalised stream per analyst audience from the lifecycle
 * events, and serves statistics read back from the national-statistics stream with small counts
 * suppressed.
 */
@Module({
  controllers: [AnalyticsSourceEvents, StatisticsProjection, StatisticsController],
  providers: [
    AnalyticsStream,
    {
      provide: AudiencePseudonyms,
      inject: [SERVICE_CONFIG],
      useFactory: (config: AnalyticsConfig) =>
        AudiencePseudonyms.fromSetting(config.ANALYTICS_PSEUDONYM_KEYS),
    },
  ],
})
export class AnalyticsModule {}

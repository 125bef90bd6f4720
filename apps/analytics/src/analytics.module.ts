import { Module } from '@nestjs/common';
import { SERVICE_CONFIG } from '@nrm/service-kit';
import type { AnalyticsConfig } from './analytics.config';
import { StatisticsController } from './statistics/statistics.controller';
import { AnalyticsSourceEvents } from './stream/analytics.events';
import { AnalyticsStream } from './stream/analytics-stream';
import { AudiencePseudonyms } from './stream/audience-pseudonyms';

/**
 * Analytics: derives a pseudonymised, generalised stream per analyst audience from the lifecycle
 * events, and serves statistics counted from the national-statistics records as they are derived,
 * with small counts suppressed.
 */
@Module({
  controllers: [AnalyticsSourceEvents, StatisticsController],
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

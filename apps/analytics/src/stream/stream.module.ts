import { Module } from '@nestjs/common';
import { SERVICE_CONFIG } from '@nrm/service-kit';
import type { AnalyticsConfig } from '../analytics.config';
import { AnalyticsSourceEvents } from './analytics.events';
import { AnalyticsStream } from './analytics-stream';
import { AudiencePseudonyms } from './audience-pseudonyms';
import { StreamMemoryRepository } from './stream-memory.repository';

/** The analytics stream: records derived from the lifecycle events, per audience, as they are consumed. */
@Module({
  controllers: [AnalyticsSourceEvents],
  providers: [
    StreamMemoryRepository,
    AnalyticsStream,
    {
      provide: AudiencePseudonyms,
      inject: [SERVICE_CONFIG],
      useFactory: (config: AnalyticsConfig) =>
        AudiencePseudonyms.fromSetting(config.ANALYTICS_PSEUDONYM_KEYS),
    },
  ],
})
export class StreamModule {}

import type { ServiceDefinition } from '@nrm/service-kit';
import { AnalyticsConfig } from './analytics.config';
import { AnalyticsModule } from './analytics.module';
import { analyticsMigrations } from './migrations';
import { replayAnalyticsStream } from './stream/replay';

/** The analytics service: what `main.js` runs alone and the single-process platform runs beside the others. */
export const service: ServiceDefinition<AnalyticsConfig> = {
  name: 'analytics',
  configClass: AnalyticsConfig,
  appModule: AnalyticsModule,
  agencyDirectory: true,
  database: { entities: [], migrations: analyticsMigrations },
  commands: {
    replay: async (context) => {
      const summary = await replayAnalyticsStream(context);
      process.stdout.write(`${JSON.stringify(summary)}\n`);
    },
  },
};

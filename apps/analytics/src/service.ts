import { seedAgencyDirectory } from '@nrm/service-kit';
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
  database: { entities: [], migrations: analyticsMigrations, seed: seedAgencyDirectory },
  commands: {
    replay: async (context) => {
      const summary = await replayAnalyticsStream(context);
      process.stdout.write(`${JSON.stringify(summary)}\n`);
    },
  },
};

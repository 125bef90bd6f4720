import { runService, seedAgencyDirectory } from '@nrm/service-kit';
import { AnalyticsConfig } from './analytics.config';
import { AnalyticsModule } from './analytics.module';
import { analyticsMigrations } from './migrations';
import { replayAnalyticsStream } from './stream/replay';

void runService({
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
});

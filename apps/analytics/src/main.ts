import { MessagingTables1764400000000 } from '@nrm/messaging';
import { AgencyDirectory1764400000020, runService, seedAgencyDirectory } from '@nrm/service-kit';
import { AnalyticsConfig } from './analytics.config';
import { AnalyticsModule } from './analytics.module';
import { Analytics1764400000601 } from './migrations/1764400000601-analytics';
import { replayAnalyticsStream } from './stream/replay';

void runService({
  name: 'analytics',
  configClass: AnalyticsConfig,
  appModule: AnalyticsModule,
  database: {
    entities: [],
    migrations: [MessagingTables1764400000000, AgencyDirectory1764400000020, Analytics1764400000601],
    seed: seedAgencyDirectory,
  },
  commands: {
    replay: async (context) => {
      const summary = await replayAnalyticsStream(context);
      process.stdout.write(`${JSON.stringify(summary)}\n`);
    },
  },
});

import { LocalKeyProvider } from '@nrm/security';
import type { ServiceDefinition } from '@nrm/service-kit';
import { ExchangeConfig } from './exchange.config';
import { ExchangeModule } from './exchange.module';
import { Exchange1764400000701 } from './migrations/1764400000701-exchange';
import { FollowUps1764400000702 } from './migrations/1764400000702-follow-ups';
import { PublishedStatistics1764400000703 } from './migrations/1764400000703-published-statistics';

/** The exchange service: what `main.js` runs alone and the single-process platform runs beside the others. */
export const service: ServiceDefinition<ExchangeConfig> = {
  name: 'exchange',
  configClass: ExchangeConfig,
  appModule: ExchangeModule,
  personalData: { keyProvider: (config) => new LocalKeyProvider(config.EXCHANGE_FIELD_KEYS) },
  database: {
    entities: [],
    migrations: [Exchange1764400000701, FollowUps1764400000702, PublishedStatistics1764400000703],
  },
};

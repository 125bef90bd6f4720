import { LocalKeyProvider } from '@nrm/security';
import type { ServiceDefinition } from '@nrm/service-kit';
import { seedLaws } from './laws/seed-laws';
import { Prosecution1764400000401 } from './migrations/1764400000401-prosecution';
import { ProsecutionConfig } from './prosecution.config';
import { ProsecutionTrackingModule } from './prosecution-tracking.module';

/** The prosecution-tracking service: what `main.js` runs alone and the single-process platform runs beside the others. */
export const service: ServiceDefinition<ProsecutionConfig> = {
  name: 'prosecution-tracking',
  configClass: ProsecutionConfig,
  appModule: ProsecutionTrackingModule,
  agencyDirectory: true,
  personalData: { keyProvider: (config) => new LocalKeyProvider(config.PROSECUTION_FIELD_KEYS) },
  database: {
    entities: [],
    migrations: [Prosecution1764400000401],
    seed: seedLaws,
  },
};

import { LocalKeyProvider } from '@nrm/security';
import type { ServiceDefinition } from '@nrm/service-kit';
import { protectionMigrations } from './migrations';
import { ProtectionConfig } from './protection.config';
import { ProtectionModule } from './protection.module';
import { seedProviders } from './providers/seed-providers';

/** The protection service: what `main.js` runs alone and the single-process platform runs beside the others. */
export const service: ServiceDefinition<ProtectionConfig> = {
  name: 'protection',
  configClass: ProtectionConfig,
  appModule: ProtectionModule,
  agencyDirectory: true,
  personalData: { keyProvider: (config) => new LocalKeyProvider(config.PROTECTION_FIELD_KEYS) },
  database: {
    entities: [],
    migrations: protectionMigrations,
    seed: seedProviders,
  },
};

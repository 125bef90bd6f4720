import { LocalKeyProvider } from '@nrm/security';
import { runService, seedAgencyDirectory } from '@nrm/service-kit';
import { protectionMigrations } from './migrations';
import { ProtectionConfig } from './protection.config';
import { ProtectionModule } from './protection.module';
import { seedProviders } from './providers/seed-providers';

void runService({
  name: 'protection',
  configClass: ProtectionConfig,
  appModule: ProtectionModule,
  personalData: { keyProvider: (config) => new LocalKeyProvider(config.PROTECTION_FIELD_KEYS) },
  database: {
    entities: [],
    migrations: protectionMigrations,
    seed: async (context) => `${await seedProviders(context)}, ${await seedAgencyDirectory(context)}`,
  },
});

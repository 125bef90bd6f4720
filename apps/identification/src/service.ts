import { LocalKeyProvider } from '@nrm/security';
import type { ServiceDefinition } from '@nrm/service-kit';
import { IdentificationConfig } from './identification.config';
import { IdentificationModule } from './identification.module';
import { Screening1764400000201 } from './migrations/1764400000201-screening';
import { DeadlineAlerts1764400000202 } from './migrations/1764400000202-deadline-alerts';
import { Decisions1764400000203 } from './migrations/1764400000203-decisions';
import { PalermoTest1764400000204 } from './migrations/1764400000204-palermo-test';
import { IndicatorCatalogue1764400000205 } from './migrations/1764400000205-indicator-catalogue';
import { seedIndicatorCatalogues } from './indicators/seed-indicator-catalogues';
import { seedJurisdictionPolicies } from './policy/seed-policies';

/** The identification service: what `main.js` runs alone and the single-process platform runs beside the others. */
export const service: ServiceDefinition<IdentificationConfig> = {
  name: 'identification',
  configClass: IdentificationConfig,
  appModule: IdentificationModule,
  caseInvolvement: true,
  personalData: { keyProvider: (config) => new LocalKeyProvider(config.IDENTIFICATION_FIELD_KEYS) },
  database: {
    entities: [],
    migrations: [
      Screening1764400000201,
      DeadlineAlerts1764400000202,
      Decisions1764400000203,
      PalermoTest1764400000204,
      IndicatorCatalogue1764400000205,
    ],
    // Policies first: the catalogues are in force for the policy's jurisdiction.
    seed: async (context) =>
      `${await seedJurisdictionPolicies(context)}; ${await seedIndicatorCatalogues(context)}`,
  },
};

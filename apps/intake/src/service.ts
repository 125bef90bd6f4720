import { LocalKeyProvider } from '@nrm/security';
import type { ServiceDefinition } from '@nrm/service-kit';
import { IntakeConfig } from './intake.config';
import { IntakeModule } from './intake.module';
import { Referrals1764400000101 } from './migrations/1764400000101-referrals';
import { IntakeRecord1764400000102 } from './migrations/1764400000102-intake-record';
import { PersonalDataErasure1764400000103 } from './migrations/1764400000103-personal-data-erasure';
import { DisclosureOverrides1764400000105 } from './migrations/1764400000105-disclosure-overrides';
import { MatchEvidence1764400000106 } from './migrations/1764400000106-match-evidence';
import { seedIntakeSettings } from './settings/jurisdiction-settings';

/** The intake service: what `main.js` runs alone and the single-process platform runs beside the others. */
export const service: ServiceDefinition<IntakeConfig> = {
  name: 'intake',
  configClass: IntakeConfig,
  appModule: IntakeModule,
  caseInvolvement: true,
  agencyDirectory: true,
  personalData: { keyProvider: (config) => new LocalKeyProvider(config.INTAKE_FIELD_KEYS) },
  database: {
    entities: [],
    migrations: [
      Referrals1764400000101,
      IntakeRecord1764400000102,
      PersonalDataErasure1764400000103,
      DisclosureOverrides1764400000105,
      MatchEvidence1764400000106,
    ],
    seed: seedIntakeSettings,
  },
};

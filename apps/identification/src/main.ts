import { MessagingTables1764400000000 } from '@nrm/messaging';
import { DomainServiceConfig, runService } from '@nrm/service-kit';
import { IdentificationModule } from './identification.module';
import { Screening1764400000201 } from './migrations/1764400000201-screening';
import { seedJurisdictionPolicies } from './policy/seed-policies';

void runService({
  name: 'identification',
  configClass: DomainServiceConfig,
  appModule: IdentificationModule,
  database: {
    entities: [],
    migrations: [MessagingTables1764400000000, Screening1764400000201],
    seed: seedJurisdictionPolicies,
  },
});

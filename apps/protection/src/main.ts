import { MessagingTables1764400000000 } from '@nrm/messaging';
import { DomainServiceConfig, runService } from '@nrm/service-kit';
import { ProtectionModule } from './protection.module';

void runService({
  name: 'protection',
  configClass: DomainServiceConfig,
  appModule: ProtectionModule,
  database: {
    entities: [],
    migrations: [MessagingTables1764400000000],
  },
});

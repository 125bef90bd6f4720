import { MessagingTables1764400000000 } from '@nrm/messaging';
import { DomainServiceConfig, runService } from '@nrm/service-kit';
import { ProsecutionTrackingModule } from './prosecution-tracking.module';

void runService({
  name: 'prosecution-tracking',
  configClass: DomainServiceConfig,
  appModule: ProsecutionTrackingModule,
  database: {
    entities: [],
    migrations: [MessagingTables1764400000000],
  },
});

import { MessagingTables1764400000000 } from '@nrm/messaging';
import { runService } from '@nrm/service-kit';
import { Protection1764400000301 } from './migrations/1764400000301-protection';
import { ResidenceReturnsFollowUps1764400000302 } from './migrations/1764400000302-residence-returns-follow-ups';
import { CourtTasks1764400000303 } from './migrations/1764400000303-court-tasks';
import { ProtectionConfig } from './protection.config';
import { ProtectionModule } from './protection.module';
import { seedProviders } from './providers/seed-providers';

void runService({
  name: 'protection',
  configClass: ProtectionConfig,
  appModule: ProtectionModule,
  database: {
    entities: [],
    migrations: [
      MessagingTables1764400000000,
      Protection1764400000301,
      ResidenceReturnsFollowUps1764400000302,
      CourtTasks1764400000303,
    ],
    seed: seedProviders,
  },
});

import { MessagingTables1764400000000 } from '@nrm/messaging';
import { runService } from '@nrm/service-kit';
import { IntakeConfig } from './intake.config';
import { IntakeModule } from './intake.module';
import { Referrals1764400000101 } from './migrations/1764400000101-referrals';
import { ReferralRecord } from './referrals/referral.entity';

void runService({
  name: 'intake',
  configClass: IntakeConfig,
  appModule: IntakeModule,
  database: {
    entities: [ReferralRecord],
    migrations: [MessagingTables1764400000000, Referrals1764400000101],
  },
});

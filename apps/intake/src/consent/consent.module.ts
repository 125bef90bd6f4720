import { Module } from '@nestjs/common';
import { ReferralAccessModule } from '../referrals/referral-access.module';
import { RecordConsent } from './commands/record-consent';
import { ConsentController } from './consent.controller';
import { ConsentRepository } from './consent.repository';
import { CurrentConsent } from './queries/current-consent';

/** A person's consent: recorded per purpose, the latest in force. */
@Module({
  imports: [ReferralAccessModule],
  controllers: [ConsentController],
  providers: [ConsentRepository, RecordConsent, CurrentConsent],
  exports: [ConsentRepository],
})
export class ConsentModule {}

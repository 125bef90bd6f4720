import { Module } from '@nestjs/common';
import { AnonymousNoticesModule } from './anonymous-notices/anonymous-notices.module';
import { ConsentModule } from './consent/consent.module';
import { DuplicatesModule } from './duplicates/duplicates.module';
import { PersonalDataModule } from './personal-data/personal-data.module';
import { ReferralsModule } from './referrals/referrals.module';

/** The intake service: its feature modules. */
@Module({
  imports: [ReferralsModule, ConsentModule, PersonalDataModule, DuplicatesModule, AnonymousNoticesModule],
})
export class IntakeModule {}

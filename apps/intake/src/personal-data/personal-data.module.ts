import { Module } from '@nestjs/common';
import { ConsentModule } from '../consent/consent.module';
import { ReferralAccessModule } from '../referrals/referral-access.module';
import { OverrideDisclosure } from './commands/override-disclosure';
import { DisclosureOverrideRepository } from './disclosure-override.repository';
import { PersonalDataController } from './personal-data.controller';
import { PersonalDetails } from './queries/personal-details';

/** A person's details for those who need to know them, and the overrides of consent. */
@Module({
  imports: [ReferralAccessModule, ConsentModule],
  controllers: [PersonalDataController],
  providers: [DisclosureOverrideRepository, PersonalDetails, OverrideDisclosure],
})
export class PersonalDataModule {}

import { Module } from '@nestjs/common';
import { WireModule } from '../wire/wire.module';
import { RecordAgreement } from './commands/record-agreement';
import { RegisterPartner } from './commands/register-partner';
import { PartnerRepository } from './partner.repository';
import { PartnersController } from './partners.controller';
import { PartnerList } from './queries/partner-list';

/** Partner states and the agreements with them. */
@Module({
  imports: [WireModule],
  controllers: [PartnersController],
  providers: [PartnerRepository, PartnerList, RegisterPartner, RecordAgreement],
  exports: [PartnerRepository],
})
export class PartnersModule {}

import { Module } from '@nestjs/common';
import { InvestigationAccessModule } from '../investigations/investigation-access.module';
import { SuspectsModule } from '../suspects/suspects.module';
import { ChargeRepository } from './charge.repository';
import { ChargesController } from './charges.controller';
import { CitedLaw } from './cited-law';
import { AmendCharge } from './commands/amend-charge';
import { FileCharge } from './commands/file-charge';
import { LawArticleRepository } from './law-article.repository';

/** Charges under the seeded law catalogue, versioned as they are amended. */
@Module({
  imports: [InvestigationAccessModule, SuspectsModule],
  controllers: [ChargesController],
  providers: [ChargeRepository, LawArticleRepository, CitedLaw, FileCharge, AmendCharge],
  exports: [ChargeRepository],
})
export class ChargesModule {}

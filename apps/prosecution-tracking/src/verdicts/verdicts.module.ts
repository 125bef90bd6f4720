import { Module } from '@nestjs/common';
import { ChargesModule } from '../charges/charges.module';
import { InvestigationAccessModule } from '../investigations/investigation-access.module';
import { FileAppeal } from './commands/file-appeal';
import { RecordVerdict } from './commands/record-verdict';
import { VerdictRepository } from './verdict.repository';
import { VerdictsController } from './verdicts.controller';

/** Verdicts on charges at each court level, and the parties' appeals. */
@Module({
  imports: [InvestigationAccessModule, ChargesModule],
  controllers: [VerdictsController],
  providers: [VerdictRepository, RecordVerdict, FileAppeal],
})
export class VerdictsModule {}

import { Module } from '@nestjs/common';
import { InvestigationAccessModule } from '../investigations/investigation-access.module';
import { AddSuspect } from './commands/add-suspect';
import { SuspectRepository } from './suspect.repository';
import { SuspectsController } from './suspects.controller';

/** Suspects: persons and legal persons under investigation, identities sealed. */
@Module({
  imports: [InvestigationAccessModule],
  controllers: [SuspectsController],
  providers: [SuspectRepository, AddSuspect],
  exports: [SuspectRepository],
})
export class SuspectsModule {}

import { Module } from '@nestjs/common';
import { CaseAccessModule } from '../cases/case-access.module';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { RecordResidenceStatus } from './commands/record-residence-status';
import { ResidenceStatusRepository } from './residence-status.repository';
import { ResidenceController } from './residence.controller';

/** The person's residence status, with a reminder before a permit expires. */
@Module({
  imports: [CaseAccessModule, FollowUpsModule],
  controllers: [ResidenceController],
  providers: [ResidenceStatusRepository, RecordResidenceStatus],
})
export class ResidenceModule {}

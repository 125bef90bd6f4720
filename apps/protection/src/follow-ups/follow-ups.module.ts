import { Module } from '@nestjs/common';
import { CaseAccessModule } from '../cases/case-access.module';
import { RaiseDueFollowUps } from './commands/raise-due-follow-ups';
import { RecordFollowUpOutcome } from './commands/record-follow-up-outcome';
import { FollowUpClock } from './follow-up-clock';
import { FollowUpRepository } from './follow-up.repository';
import { FollowUpsController } from './follow-ups.controller';

/** Follow-ups raised when due (residence permits nearing expiry, returns) and what they found. */
@Module({
  imports: [CaseAccessModule],
  controllers: [FollowUpsController],
  providers: [FollowUpRepository, RecordFollowUpOutcome, RaiseDueFollowUps, FollowUpClock],
  exports: [FollowUpRepository],
})
export class FollowUpsModule {}

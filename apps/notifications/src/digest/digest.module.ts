import { Module } from '@nestjs/common';
import { InboxModule } from '../inbox/inbox.module';
import { ComposeDailyDigests } from './commands/compose-daily-digests';
import { DigestRepository } from './digest.repository';
import { DigestScheduler } from './digest-scheduler';

/** Each agency's daily digest of what it was notified of the day before. */
@Module({
  imports: [InboxModule],
  providers: [DigestRepository, ComposeDailyDigests, DigestScheduler],
})
export class DigestModule {}

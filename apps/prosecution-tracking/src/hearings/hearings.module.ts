import { Module } from '@nestjs/common';
import { InvestigationAccessModule } from '../investigations/investigation-access.module';
import { ArrangeTestimony } from './commands/arrange-testimony';
import { HoldHearing } from './commands/hold-hearing';
import { PostponeHearing } from './commands/postpone-hearing';
import { RemindOfHearings } from './commands/remind-of-hearings';
import { ScheduleHearing } from './commands/schedule-hearing';
import { HearingAccess } from './hearing-access';
import { HearingClock } from './hearing-clock';
import { HearingRepository } from './hearing.repository';
import { HearingsController } from './hearings.controller';
import { TestimonyAnnouncements } from './testimony-announcements';
import { TestimonyRepository } from './testimony.repository';

/** Hearings, the victims' testimony with its protective measures, and the reminders of hearings. */
@Module({
  imports: [InvestigationAccessModule],
  controllers: [HearingsController],
  providers: [
    HearingRepository,
    TestimonyRepository,
    HearingAccess,
    TestimonyAnnouncements,
    ScheduleHearing,
    PostponeHearing,
    HoldHearing,
    ArrangeTestimony,
    RemindOfHearings,
    HearingClock,
  ],
})
export class HearingsModule {}

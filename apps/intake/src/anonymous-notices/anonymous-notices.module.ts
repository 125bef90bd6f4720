import { Module } from '@nestjs/common';
import { DuplicatesModule } from '../duplicates/duplicates.module';
import { SettingsModule } from '../settings/settings.module';
import { AnonymousNoticeRepository } from './anonymous-notice.repository';
import { AnonymousNoticesController } from './anonymous-notices.controller';
import { RecordAnonymousNotice } from './commands/record-anonymous-notice';

/** Anonymous notices of adults who declined referral, joined later to a consented referral. */
@Module({
  imports: [DuplicatesModule, SettingsModule],
  controllers: [AnonymousNoticesController],
  providers: [AnonymousNoticeRepository, RecordAnonymousNotice],
  exports: [AnonymousNoticeRepository],
})
export class AnonymousNoticesModule {}

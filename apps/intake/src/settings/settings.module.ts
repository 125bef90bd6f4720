import { Module } from '@nestjs/common';
import { JurisdictionSettingRepository } from './jurisdiction-setting.repository';

/** The jurisdiction's intake settings, for the commands that follow its policy. */
@Module({
  providers: [JurisdictionSettingRepository],
  exports: [JurisdictionSettingRepository],
})
export class SettingsModule {}

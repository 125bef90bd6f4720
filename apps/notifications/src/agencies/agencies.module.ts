import { Module } from '@nestjs/common';
import { AgencyPreferencesController } from './agency-preferences.controller';
import { AgencyRepository } from './agency.repository';
import { SetAgencyPreferences } from './commands/set-agency-preferences';
import { OwnAgencyPreferences } from './queries/own-agency-preferences';

/** The agency directory and each agency's reading preferences. */
@Module({
  controllers: [AgencyPreferencesController],
  providers: [AgencyRepository, OwnAgencyPreferences, SetAgencyPreferences],
  exports: [AgencyRepository],
})
export class AgenciesModule {}

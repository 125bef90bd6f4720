import { Module } from '@nestjs/common';
import { DeadlineClock } from './deadlines/deadline-clock';
import { PolicyRepository } from './policy/policy.repository';
import { OpenScreening } from './screening/open-screening.usecase';
import { ScreeningController } from './screening/screening.controller';
import { ScreeningEvents } from './screening/screening.events';

@Module({
  controllers: [ScreeningController, ScreeningEvents],
  providers: [PolicyRepository, OpenScreening, DeadlineClock],
})
export class IdentificationModule {}

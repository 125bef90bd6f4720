import { Module } from '@nestjs/common';
import { ScreeningDecisions } from './decisions/screening-decisions';
import { DeadlineClock } from './deadlines/deadline-clock';
import { PolicyRepository } from './policy/policy.repository';
import { OpenScreening } from './screening/open-screening.usecase';
import { ScreeningController } from './screening/screening.controller';
import { ScreeningEvents } from './screening/screening.events';

@Module({
  controllers: [ScreeningController, ScreeningEvents],
  providers: [PolicyRepository, OpenScreening, ScreeningDecisions, DeadlineClock],
})
export class IdentificationModule {}

import { Module } from '@nestjs/common';
import { FieldCipher } from '@nrm/security';
import { SERVICE_CONFIG } from '@nrm/service-kit';
import { ScreeningDecisions } from './decisions/screening-decisions';
import type { IdentificationConfig } from './identification.config';
import { DeadlineClock } from './deadlines/deadline-clock';
import { PolicyRepository } from './policy/policy.repository';
import { OpenScreening } from './screening/open-screening.usecase';
import { ScreeningController } from './screening/screening.controller';
import { ScreeningEvents } from './screening/screening.events';

@Module({
  controllers: [ScreeningController, ScreeningEvents],
  providers: [
    PolicyRepository,
    OpenScreening,
    ScreeningDecisions,
    DeadlineClock,
    {
      provide: FieldCipher,
      inject: [SERVICE_CONFIG],
      useFactory: (config: IdentificationConfig) => FieldCipher.fromSetting(config.IDENTIFICATION_FIELD_KEYS),
    },
  ],
})
export class IdentificationModule {}

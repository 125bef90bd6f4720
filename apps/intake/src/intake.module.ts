import { Module } from '@nestjs/common';
import { FieldCipher } from '@nrm/security';
import { SERVICE_CONFIG } from '@nrm/service-kit';
import type { IntakeConfig } from './intake.config';
import { ReferralsController } from './referrals/referrals.controller';
import { RegisterReferral } from './referrals/register-referral.usecase';

@Module({
  controllers: [ReferralsController],
  providers: [
    RegisterReferral,
    {
      provide: FieldCipher,
      inject: [SERVICE_CONFIG],
      useFactory: (config: IntakeConfig) => FieldCipher.fromSetting(config.INTAKE_FIELD_KEYS),
    },
  ],
})
export class IntakeModule {}

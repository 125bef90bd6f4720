import { Module } from '@nestjs/common';
import { CaseAccessModule } from '../cases/case-access.module';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { ProvidersModule } from '../providers/providers.module';
import { SheltersModule } from '../shelters/shelters.module';
import { CancelReturn } from './commands/cancel-return';
import { CompleteReturn } from './commands/complete-return';
import { PlanReturn } from './commands/plan-return';
import { ReturnPlanRepository } from './return-plan.repository';
import { ReturnsController } from './returns.controller';

/** Voluntary return and reintegration: a plan with consent and a risk assessment, the return, and follow-ups after it. */
@Module({
  imports: [CaseAccessModule, ProvidersModule, SheltersModule, FollowUpsModule],
  controllers: [ReturnsController],
  providers: [ReturnPlanRepository, PlanReturn, CompleteReturn, CancelReturn],
})
export class ReturnsModule {}

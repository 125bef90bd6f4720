import { Module } from '@nestjs/common';
import { CaseAccessModule } from '../cases/case-access.module';
import { AssessNeeds } from './commands/assess-needs';
import { NeedRepository } from './need.repository';
import { PlansController } from './plans.controller';

/** The service plan: the needs a case's assessment found, each with its priority and due date. */
@Module({
  imports: [CaseAccessModule],
  controllers: [PlansController],
  providers: [NeedRepository, AssessNeeds],
  exports: [NeedRepository],
})
export class PlansModule {}

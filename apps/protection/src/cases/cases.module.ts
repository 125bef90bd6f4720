import { Module } from '@nestjs/common';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { PlansModule } from '../plans/plans.module';
import { ServiceReferralsModule } from '../services/service-referrals.module';
import { CaseAccessModule } from './case-access.module';
import { CasesController } from './cases.controller';
import { CasesEvents } from './cases.events';
import { HandOverLead } from './commands/hand-over-lead';
import { RecordCaseFacts } from './commands/record-case-facts';
import { RequestClosure } from './commands/request-closure';
import { ReviewClosure } from './commands/review-closure';
import { CaseDetail } from './queries/case-detail';
import { CaseList } from './queries/case-list';
import { CaseParts } from './queries/case-parts';

/**
 * Protection cases: opened on a positive preliminary decision (at once for a child or an urgent
 * risk), led by one protection agency, closed on a supervisor's approval.
 */
@Module({
  imports: [CaseAccessModule, PlansModule, ServiceReferralsModule, FollowUpsModule],
  controllers: [CasesController, CasesEvents],
  providers: [RecordCaseFacts, HandOverLead, RequestClosure, ReviewClosure, CaseList, CaseDetail, CaseParts],
  exports: [RecordCaseFacts],
})
export class CasesModule {}

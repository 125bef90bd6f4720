import { Module } from '@nestjs/common';
import { PolicyModule } from '../policy/policy.module';
import { ScreeningRecordsModule } from '../screening/screening-records.module';
import { CloseScreeningOnWithdrawal } from './commands/close-screening-on-withdrawal';
import { EndRecoveryPeriod } from './commands/end-recovery-period';
import { ExtendRecoveryPeriod } from './commands/extend-recovery-period';
import { RecordFinalDecision } from './commands/record-final-decision';
import { RecordPalermoTest } from './commands/record-palermo-test';
import { RecordPreliminaryDecision } from './commands/record-preliminary-decision';
import { RequestReconsideration } from './commands/request-reconsideration';
import { ReviewFinalDecision } from './commands/review-final-decision';
import { DecisionRecorder } from './decision-recorder';
import { DecisionsController } from './decisions.controller';
import { ScreeningChange } from './screening-change';

/** The competent authority's decisions: preliminary and final, review, recovery, reconsideration. */
@Module({
  imports: [PolicyModule, ScreeningRecordsModule],
  controllers: [DecisionsController],
  providers: [
    ScreeningChange,
    DecisionRecorder,
    RecordPreliminaryDecision,
    ExtendRecoveryPeriod,
    RecordFinalDecision,
    ReviewFinalDecision,
    RequestReconsideration,
    RecordPalermoTest,
    EndRecoveryPeriod,
    CloseScreeningOnWithdrawal,
  ],
  exports: [EndRecoveryPeriod, CloseScreeningOnWithdrawal],
})
export class DecisionsModule {}

import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  PreliminaryDecisionRecorded,
  RecoveryPeriodEnded,
  RecoveryPeriodExtended,
  RecoveryPeriodStarted,
  ReferralReceived,
  UrgentRiskRaised,
} from '@nrm/contracts';
import type {
  PreliminaryDecisionRecordedV1,
  RecoveryPeriodV1,
  ReferralReceivedV1,
  UrgentRiskRaisedV1,
} from '@nrm/contracts';
import type { InboundEvent } from '@nrm/messaging';
import { RecordCaseFacts } from './commands/record-case-facts';

/** What protection learns of each referred case from intake and identification. */
@Controller()
export class CasesEvents {
  constructor(private readonly recordCaseFacts: RecordCaseFacts) {}

  @EventPattern(ReferralReceived.type)
  async onReferralReceived(@Payload() { payload, manager }: InboundEvent<ReferralReceivedV1>): Promise<void> {
    await this.recordCaseFacts.execute(
      manager,
      {
        caseId: payload.caseId,
        caseReference: payload.caseReference,
        referringAgencyId: payload.referringAgencyId,
        personIsChild: payload.personIsChild,
        urgentRisk: payload.immediateRisks.length > 0,
        interpreterNeeded: payload.interpreterNeeded,
        sharingAgencyTypes: payload.dataSharingAgencyTypes ?? [],
      },
      new Date(),
    );
  }

  /** An urgent risk raised on an amended referral opens protection at once too. */
  @EventPattern(UrgentRiskRaised.type)
  async onUrgentRisk(@Payload() { payload, manager }: InboundEvent<UrgentRiskRaisedV1>): Promise<void> {
    await this.recordCaseFacts.execute(
      manager,
      {
        caseId: payload.caseId,
        caseReference: payload.caseReference,
        referringAgencyId: payload.referringAgencyId,
        personIsChild: payload.personIsChild,
        urgentRisk: true,
      },
      new Date(),
    );
  }

  @EventPattern(PreliminaryDecisionRecorded.type)
  async onPreliminaryDecision(
    @Payload() { payload, manager }: InboundEvent<PreliminaryDecisionRecordedV1>,
  ): Promise<void> {
    if (payload.outcome !== 'positive') return;
    await this.recordCaseFacts.execute(
      manager,
      {
        caseId: payload.caseId,
        caseReference: payload.caseReference,
        referringAgencyId: payload.referringAgencyId,
        presumedVictim: true,
      },
      new Date(),
    );
  }

  @EventPattern(RecoveryPeriodStarted.type)
  async onRecoveryStarted(@Payload() event: InboundEvent<RecoveryPeriodV1>): Promise<void> {
    await this.recoveryPeriod(event);
  }

  @EventPattern(RecoveryPeriodExtended.type)
  async onRecoveryExtended(@Payload() event: InboundEvent<RecoveryPeriodV1>): Promise<void> {
    await this.recoveryPeriod(event);
  }

  @EventPattern(RecoveryPeriodEnded.type)
  async onRecoveryEnded(@Payload() event: InboundEvent<RecoveryPeriodV1>): Promise<void> {
    await this.recoveryPeriod(event);
  }

  /** Support follows the recovery and reflection period as identification sets it. */
  private async recoveryPeriod({ payload, manager }: InboundEvent<RecoveryPeriodV1>): Promise<void> {
    await this.recordCaseFacts.execute(
      manager,
      { caseId: payload.caseId, recoveryPeriod: { startsOn: payload.startsOn, endsOn: payload.endsOn } },
      new Date(),
    );
  }
}

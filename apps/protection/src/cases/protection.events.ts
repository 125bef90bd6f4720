import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  ConsentChanged,
  PreliminaryDecisionRecorded,
  RecoveryPeriodEnded,
  RecoveryPeriodExtended,
  RecoveryPeriodStarted,
  ReferralReceived,
  UrgentRiskRaised,
  VictimTestimonyArranged,
} from '@nrm/contracts';
import type {
  ConsentChangedV1,
  PreliminaryDecisionRecordedV1,
  RecoveryPeriodV1,
  ReferralReceivedV1,
  UrgentRiskRaisedV1,
  VictimTestimonyV1,
} from '@nrm/contracts';
import type { InboundEvent } from '@nrm/messaging';
import { CourtTasks } from '../court/court-tasks';
import { ServiceReferrals } from '../services/service-referrals';
import { CaseOpening } from './case-opening';

/** What protection learns from intake, identification and prosecution tracking. */
@Controller()
export class ProtectionEvents {
  constructor(
    private readonly opening: CaseOpening,
    private readonly serviceReferrals: ServiceReferrals,
    private readonly courtTasks: CourtTasks,
  ) {}

  @EventPattern(ReferralReceived.type)
  async onReferralReceived(@Payload() { payload, manager }: InboundEvent<ReferralReceivedV1>): Promise<void> {
    await this.opening.learn(
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
    await this.opening.learn(
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
    await this.opening.learn(
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
    await this.opening.learn(
      manager,
      { caseId: payload.caseId, recoveryPeriod: { startsOn: payload.startsOn, endsOn: payload.endsOn } },
      new Date(),
    );
  }

  @EventPattern(ConsentChanged.type)
  async onConsentChanged(@Payload() { payload, manager }: InboundEvent<ConsentChangedV1>): Promise<void> {
    if (payload.purpose !== 'data_sharing') return;
    await this.serviceReferrals.applyConsent(
      manager,
      payload.caseId,
      payload.granted ? payload.sharingAgencyTypes : [],
      new Date(payload.changedAt),
    );
  }

  /** A victim testifies: protection owes the tasks that implies before the hearing. */
  @EventPattern(VictimTestimonyArranged.type)
  async onVictimTestimony(@Payload() { payload, manager }: InboundEvent<VictimTestimonyV1>): Promise<void> {
    await this.courtTasks.onTestimony(manager, payload, new Date());
  }
}

import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ConsentChanged, FinalDecisionRecorded, PreliminaryDecisionRecorded } from '@nrm/contracts';
import type {
  ConsentChangedV1,
  FinalDecisionRecordedV1,
  PreliminaryDecisionRecordedV1,
} from '@nrm/contracts';
import type { InboundEvent } from '@nrm/messaging';
import { SendCeaseNotices } from './commands/send-cease-notices';
import { SendDecisionFollowUp } from './commands/send-decision-follow-up';

/** What the exchange hears of cases here: decisions to send back, consent withdrawn to pass on. */
@Controller()
export class CaseEvents {
  constructor(
    private readonly followUp: SendDecisionFollowUp,
    private readonly ceaseNotices: SendCeaseNotices,
  ) {}

  @EventPattern(PreliminaryDecisionRecorded.type)
  async onPreliminaryDecision(
    @Payload() { payload, manager }: InboundEvent<PreliminaryDecisionRecordedV1>,
  ): Promise<void> {
    await this.followUp.execute(manager, { ...payload, decision: `preliminary_${payload.outcome}` });
  }

  @EventPattern(FinalDecisionRecorded.type)
  async onFinalDecision(
    @Payload() { payload, manager }: InboundEvent<FinalDecisionRecordedV1>,
  ): Promise<void> {
    await this.followUp.execute(manager, { ...payload, decision: `final_${payload.outcome}` });
  }

  @EventPattern(ConsentChanged.type)
  async onConsentChanged(@Payload() { payload, manager }: InboundEvent<ConsentChangedV1>): Promise<void> {
    if (payload.purpose !== 'data_sharing' || payload.granted) return;
    await this.ceaseNotices.execute(manager, payload.caseId, 'consent_withdrawn', payload.recordedByAgencyId);
  }
}

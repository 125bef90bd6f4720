import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  AnonymousNoticeRecorded,
  CourtTasksCreated,
  HearingApproaching,
  HearingPostponed,
  HearingScheduled,
  FollowUpDue,
  DisclosureStopped,
  ServiceReferred,
  ShelterPlaced,
  DeadlineApproaching,
  DeadlineBreached,
  FinalDecisionRecorded,
  PreliminaryDecisionRecorded,
  ScreeningOpened,
  UrgentRiskRaised,
} from '@nrm/contracts';
import type {
  AnonymousNoticeRecordedV1,
  CourtTasksV1,
  HearingV1,
  FollowUpDueV1,
  ServiceReferralV1,
  ShelterPlacementV1,
  DeadlineAlertV1,
  FinalDecisionRecordedV1,
  PreliminaryDecisionRecordedV1,
  ScreeningOpenedV1,
  UrgentRiskRaisedV1,
} from '@nrm/contracts';
import type { InboundEvent } from '@nrm/messaging';
import { RecordNotification } from './commands/record-notification';
import type { NotificationRequest } from './commands/record-notification';
import {
  anonymousNoticeText,
  courtTasksText,
  disclosureStoppedText,
  hearingText,
  followUpDueText,
  serviceRequestText,
  shelterPlacedText,
  deadlineText,
  decisionText,
  screeningOpenedText,
  urgentRiskText,
} from './templates';

/** What a notification says of its event, whoever receives it. */
type Notice = Omit<NotificationRequest, 'eventId' | 'eventType' | 'recipientAgencyId'>;

/** The case a payload is about, as a notification names it. */
const caseOf = (payload: { caseId: string; caseReference: string }) => ({
  caseId: payload.caseId,
  caseReference: payload.caseReference,
});

/** Which agencies hear of which events, and what they are told (texts: ./templates). */
@Controller()
export class NotificationEvents {
  constructor(private readonly recordNotification: RecordNotification) {}

  /** The referring agency learns that its referral was received and when a decision is due. */
  @EventPattern(ScreeningOpened.type)
  async onScreeningOpened(@Payload() event: InboundEvent<ScreeningOpenedV1>): Promise<void> {
    const { payload } = event;
    await this.notify(event, [payload.referringAgencyId], {
      ...caseOf(payload),
      kind: 'referral_received',
      render: (locale) => screeningOpenedText(locale, payload),
    });
  }

  /** Everyone the policy names learns of an urgent risk at once, ahead of the queue. */
  @EventPattern(UrgentRiskRaised.type)
  async onUrgentRisk(@Payload() event: InboundEvent<UrgentRiskRaisedV1>): Promise<void> {
    const { payload } = event;
    await this.notify(event, payload.alertAgencyIds, {
      ...caseOf(payload),
      kind: 'urgent_risk',
      urgent: true,
      render: (locale) => urgentRiskText(locale, payload),
    });
  }

  /** Where policy says so, the police learn of an anonymous notice (facts only, no identity). */
  @EventPattern(AnonymousNoticeRecorded.type)
  async onAnonymousNotice(@Payload() event: InboundEvent<AnonymousNoticeRecordedV1>): Promise<void> {
    const { payload } = event;
    if (!payload.reportedToPolice || !payload.reportedToAgencyId) return;
    await this.notify(event, [payload.reportedToAgencyId], {
      caseId: payload.noticeId,
      caseReference: `NOTICE-${payload.noticeId.slice(0, 8).toUpperCase()}`,
      kind: 'anonymous_notice',
      render: (locale) => anonymousNoticeText(locale, payload),
    });
  }

  /** The responsible agency's officers learn a deadline is close. */
  @EventPattern(DeadlineApproaching.type)
  async onDeadlineApproaching(@Payload() event: InboundEvent<DeadlineAlertV1>): Promise<void> {
    await this.deadline(event, false);
  }

  /** A breached deadline escalates to the supervisors too: urgent, ahead of the queue. */
  @EventPattern(DeadlineBreached.type)
  async onDeadlineBreached(@Payload() event: InboundEvent<DeadlineAlertV1>): Promise<void> {
    await this.deadline(event, true);
  }

  private async deadline(event: InboundEvent<DeadlineAlertV1>, breached: boolean): Promise<void> {
    const { payload } = event;
    await this.notify(event, [payload.responsibleAgencyId], {
      ...caseOf(payload),
      kind: breached ? 'deadline_breached' : 'deadline_approaching',
      urgent: breached,
      render: (locale) => deadlineText(locale, payload, breached),
    });
  }

  @EventPattern(PreliminaryDecisionRecorded.type)
  async onPreliminaryDecision(@Payload() event: InboundEvent<PreliminaryDecisionRecordedV1>): Promise<void> {
    await this.decision(event);
  }

  @EventPattern(FinalDecisionRecorded.type)
  async onFinalDecision(@Payload() event: InboundEvent<FinalDecisionRecordedV1>): Promise<void> {
    await this.decision(event);
  }

  private async decision(
    event: InboundEvent<PreliminaryDecisionRecordedV1 | FinalDecisionRecordedV1>,
  ): Promise<void> {
    const { payload } = event;
    await this.notify(event, [payload.referringAgencyId], {
      ...caseOf(payload),
      kind: 'referral_outcome',
      render: (locale) => decisionText(locale, payload),
    });
  }

  /** A provider learns of a service it is asked for. */
  @EventPattern(ServiceReferred.type)
  async onServiceReferred(@Payload() event: InboundEvent<ServiceReferralV1>): Promise<void> {
    const { payload } = event;
    await this.notify(event, [payload.providerAgencyId], {
      ...caseOf(payload),
      kind: 'service_request',
      urgent: payload.priority === 'urgent',
      render: (locale) => serviceRequestText(locale, payload),
    });
  }

  /** A shelter learns a bed in it was given to a case (at once, or from its queue). */
  @EventPattern(ShelterPlaced.type)
  async onShelterPlaced(@Payload() event: InboundEvent<ShelterPlacementV1>): Promise<void> {
    const { payload } = event;
    await this.notify(event, [payload.providerAgencyId], {
      ...caseOf(payload),
      kind: 'service_request',
      urgent: payload.priority,
      render: (locale) => shelterPlacedText(locale, payload),
    });
  }

  /** A provider must stop using the person's data. */
  @EventPattern(DisclosureStopped.type)
  async onDisclosureStopped(@Payload() event: InboundEvent<ServiceReferralV1>): Promise<void> {
    const { payload } = event;
    await this.notify(event, [payload.providerAgencyId], {
      ...caseOf(payload),
      kind: 'disclosure_stopped',
      urgent: true,
      render: (locale) => disclosureStoppedText(locale, payload),
    });
  }

  /** The agency that must act learns a follow-up is due. */
  @EventPattern(FollowUpDue.type)
  async onFollowUpDue(@Payload() event: InboundEvent<FollowUpDueV1>): Promise<void> {
    const { payload } = event;
    await this.notify(event, [payload.recipientAgencyId], {
      ...caseOf(payload),
      kind: 'follow_up_due',
      render: (locale) => followUpDueText(locale, payload),
    });
  }

  @EventPattern(HearingScheduled.type)
  async onHearingScheduled(@Payload() event: InboundEvent<HearingV1>): Promise<void> {
    await this.hearing(event, 'scheduled');
  }

  @EventPattern(HearingPostponed.type)
  async onHearingPostponed(@Payload() event: InboundEvent<HearingV1>): Promise<void> {
    await this.hearing(event, 'postponed');
  }

  @EventPattern(HearingApproaching.type)
  async onHearingApproaching(@Payload() event: InboundEvent<HearingV1>): Promise<void> {
    await this.hearing(event, 'approaching');
  }

  /** The agencies on the investigation hear of its hearings. */
  private async hearing(
    event: InboundEvent<HearingV1>,
    what: 'scheduled' | 'postponed' | 'approaching',
  ): Promise<void> {
    const { payload } = event;
    await this.notify(event, payload.agencyIds, {
      kind: 'hearing',
      render: (locale) => hearingText(locale, payload, what),
    });
  }

  /** The agencies holding a case (its providers, its shelter) hear that the victim testifies. */
  @EventPattern(CourtTasksCreated.type)
  async onCourtTasks(@Payload() event: InboundEvent<CourtTasksV1>): Promise<void> {
    const { payload } = event;
    await this.notify(event, payload.agencyIds, {
      ...caseOf(payload),
      kind: 'hearing',
      render: (locale) => courtTasksText(locale, payload),
    });
  }

  /** Records the event's notification for each agency named (once each), in the event's transaction. */
  private async notify(
    { envelope, manager }: InboundEvent<object>,
    recipients: Iterable<string>,
    notice: Notice,
  ): Promise<void> {
    for (const recipientAgencyId of new Set(recipients)) {
      await this.recordNotification.execute(manager, {
        ...notice,
        eventId: envelope.id,
        eventType: envelope.type,
        recipientAgencyId,
      });
    }
  }
}

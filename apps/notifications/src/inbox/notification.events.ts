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

@Controller()
export class NotificationEvents {
  constructor(private readonly recordNotification: RecordNotification) {}

  /** The referring agency learns that its referral was received and when a decision is due. */
  @EventPattern(ScreeningOpened.type)
  async onScreeningOpened(
    @Payload() { envelope, payload, manager }: InboundEvent<ScreeningOpenedV1>,
  ): Promise<void> {
    await this.recordNotification.execute(manager, {
      eventId: envelope.id,
      eventType: envelope.type,
      caseId: payload.caseId,
      caseReference: payload.caseReference,
      kind: 'referral_received',
      recipientAgencyId: payload.referringAgencyId,
      render: (locale) => screeningOpenedText(locale, payload),
    });
  }

  /** Everyone the policy names learns of an urgent risk at once, ahead of the queue. */
  @EventPattern(UrgentRiskRaised.type)
  async onUrgentRisk(
    @Payload() { envelope, payload, manager }: InboundEvent<UrgentRiskRaisedV1>,
  ): Promise<void> {
    for (const agencyId of new Set(payload.alertAgencyIds)) {
      await this.recordNotification.execute(manager, {
        eventId: envelope.id,
        eventType: envelope.type,
        caseId: payload.caseId,
        caseReference: payload.caseReference,
        kind: 'urgent_risk',
        recipientAgencyId: agencyId,
        urgent: true,
        render: (locale) => urgentRiskText(locale, payload),
      });
    }
  }

  /** Where policy says so, the police learn of an anonymous notice (facts only, no identity). */
  @EventPattern(AnonymousNoticeRecorded.type)
  async onAnonymousNotice(
    @Payload() { envelope, payload, manager }: InboundEvent<AnonymousNoticeRecordedV1>,
  ): Promise<void> {
    if (!payload.reportedToPolice || !payload.reportedToAgencyId) return;
    await this.recordNotification.execute(manager, {
      eventId: envelope.id,
      eventType: envelope.type,
      caseId: payload.noticeId,
      caseReference: `NOTICE-${payload.noticeId.slice(0, 8).toUpperCase()}`,
      kind: 'anonymous_notice',
      recipientAgencyId: payload.reportedToAgencyId,
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

  private async deadline(
    { envelope, payload, manager }: InboundEvent<DeadlineAlertV1>,
    breached: boolean,
  ): Promise<void> {
    await this.recordNotification.execute(manager, {
      eventId: envelope.id,
      eventType: envelope.type,
      caseId: payload.caseId,
      caseReference: payload.caseReference,
      kind: breached ? 'deadline_breached' : 'deadline_approaching',
      recipientAgencyId: payload.responsibleAgencyId,
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

  private async decision({
    envelope,
    payload,
    manager,
  }: InboundEvent<PreliminaryDecisionRecordedV1 | FinalDecisionRecordedV1>): Promise<void> {
    await this.recordNotification.execute(manager, {
      eventId: envelope.id,
      eventType: envelope.type,
      caseId: payload.caseId,
      caseReference: payload.caseReference,
      kind: 'referral_outcome',
      recipientAgencyId: payload.referringAgencyId,
      render: (locale) => decisionText(locale, payload),
    });
  }

  /** A provider learns of a service it is asked for. */
  @EventPattern(ServiceReferred.type)
  async onServiceReferred(
    @Payload() { envelope, payload, manager }: InboundEvent<ServiceReferralV1>,
  ): Promise<void> {
    await this.recordNotification.execute(manager, {
      eventId: envelope.id,
      eventType: envelope.type,
      kind: 'service_request',
      caseId: payload.caseId,
      caseReference: payload.caseReference,
      recipientAgencyId: payload.providerAgencyId,
      urgent: payload.priority === 'urgent',
      render: (locale) => serviceRequestText(locale, payload),
    });
  }

  /** A shelter learns a bed in it was given to a case (at once, or from its queue). */
  @EventPattern(ShelterPlaced.type)
  async onShelterPlaced(
    @Payload() { envelope, payload, manager }: InboundEvent<ShelterPlacementV1>,
  ): Promise<void> {
    await this.recordNotification.execute(manager, {
      eventId: envelope.id,
      eventType: envelope.type,
      kind: 'service_request',
      caseId: payload.caseId,
      caseReference: payload.caseReference,
      recipientAgencyId: payload.providerAgencyId,
      urgent: payload.priority,
      render: (locale) => shelterPlacedText(locale, payload),
    });
  }

  /** A provider must stop using the person's data. */
  @EventPattern(DisclosureStopped.type)
  async onDisclosureStopped(
    @Payload() { envelope, payload, manager }: InboundEvent<ServiceReferralV1>,
  ): Promise<void> {
    await this.recordNotification.execute(manager, {
      eventId: envelope.id,
      eventType: envelope.type,
      kind: 'disclosure_stopped',
      caseId: payload.caseId,
      caseReference: payload.caseReference,
      recipientAgencyId: payload.providerAgencyId,
      urgent: true,
      render: (locale) => disclosureStoppedText(locale, payload),
    });
  }

  /** The agency that must act learns a follow-up is due. */
  @EventPattern(FollowUpDue.type)
  async onFollowUpDue(@Payload() { envelope, payload, manager }: InboundEvent<FollowUpDueV1>): Promise<void> {
    await this.recordNotification.execute(manager, {
      eventId: envelope.id,
      eventType: envelope.type,
      kind: 'follow_up_due',
      caseId: payload.caseId,
      caseReference: payload.caseReference,
      recipientAgencyId: payload.recipientAgencyId,
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
    { envelope, payload, manager }: InboundEvent<HearingV1>,
    what: 'scheduled' | 'postponed' | 'approaching',
  ): Promise<void> {
    for (const agencyId of new Set(payload.agencyIds)) {
      await this.recordNotification.execute(manager, {
        eventId: envelope.id,
        eventType: envelope.type,
        kind: 'hearing',
        recipientAgencyId: agencyId,
        render: (locale) => hearingText(locale, payload, what),
      });
    }
  }

  /** The agencies holding a case (its providers, its shelter) hear that the victim testifies. */
  @EventPattern(CourtTasksCreated.type)
  async onCourtTasks(@Payload() { envelope, payload, manager }: InboundEvent<CourtTasksV1>): Promise<void> {
    for (const agencyId of new Set(payload.agencyIds)) {
      await this.recordNotification.execute(manager, {
        eventId: envelope.id,
        eventType: envelope.type,
        kind: 'hearing',
        caseId: payload.caseId,
        caseReference: payload.caseReference,
        recipientAgencyId: agencyId,
        render: (locale) => courtTasksText(locale, payload),
      });
    }
  }
}

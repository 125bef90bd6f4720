import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  CaseLinkedToInvestigation,
  DisclosureStopped,
  HearingScheduled,
  InvestigationClosed,
  InvestigationOpened,
  ProtectionCaseClosed,
  ProtectionCaseOpened,
  ProtectionLeadChanged,
  ServiceReferralAccepted,
  ServiceReferralCompleted,
  ServiceReferralDeclined,
  ServiceReferred,
  ShelterCheckedIn,
  ShelterCheckedOut,
  ShelterPlaced,
  ShelterTransferred,
} from '@nrm/contracts';
import type {
  CaseLinkedV1,
  HearingV1,
  InvestigationV1,
  ProtectionCaseClosedV1,
  ProtectionCaseOpenedV1,
  ProtectionLeadChangedV1,
  ServiceReferralV1,
  ShelterPlacementV1,
} from '@nrm/contracts';
import type { EntityManager } from 'typeorm';
import type { InboundEvent } from '@nrm/messaging';
import { CaseInvolvement } from './case-involvement';

/** The protection agency that leads a case, and the providers and shelters it was referred to. */
@Controller()
export class ProtectionInvolvementEvents {
  constructor(private readonly involvement: CaseInvolvement) {}

  @EventPattern(ProtectionCaseOpened.type)
  async onProtectionOpened(
    @Payload() { payload, manager }: InboundEvent<ProtectionCaseOpenedV1>,
  ): Promise<void> {
    if (payload.leadAgencyId) {
      await this.beginLead(manager, payload.caseId, payload.leadAgencyId, new Date(payload.openedAt));
    }
  }

  @EventPattern(ProtectionLeadChanged.type)
  async onLeadChanged(@Payload() { payload, manager }: InboundEvent<ProtectionLeadChangedV1>): Promise<void> {
    const at = new Date(payload.changedAt);
    await this.involvement.end(manager, { caseId: payload.caseId, basis: ['protection_lead'] }, at);
    await this.beginLead(manager, payload.caseId, payload.leadAgencyId, at);
  }

  @EventPattern(ServiceReferred.type)
  async onServiceReferred(@Payload() event: InboundEvent<ServiceReferralV1>): Promise<void> {
    await this.beginService(event);
  }

  @EventPattern(ServiceReferralAccepted.type)
  async onServiceAccepted(@Payload() event: InboundEvent<ServiceReferralV1>): Promise<void> {
    await this.beginService(event);
  }

  @EventPattern(ServiceReferralDeclined.type)
  async onServiceDeclined(@Payload() event: InboundEvent<ServiceReferralV1>): Promise<void> {
    await this.endService(event);
  }

  @EventPattern(ServiceReferralCompleted.type)
  async onServiceCompleted(@Payload() event: InboundEvent<ServiceReferralV1>): Promise<void> {
    await this.endService(event);
  }

  /** Consent no longer covers the provider: it no longer sees the person's details either. */
  @EventPattern(DisclosureStopped.type)
  async onDisclosureStopped(@Payload() event: InboundEvent<ServiceReferralV1>): Promise<void> {
    await this.endService(event);
  }

  @EventPattern(ShelterPlaced.type)
  async onShelterPlaced(@Payload() event: InboundEvent<ShelterPlacementV1>): Promise<void> {
    await this.beginShelter(event);
  }

  @EventPattern(ShelterCheckedIn.type)
  async onShelterCheckedIn(@Payload() event: InboundEvent<ShelterPlacementV1>): Promise<void> {
    await this.beginShelter(event);
  }

  /**
   * The person left their shelter for another (the event names the new placement): the shelter they
   * left is no longer involved; the new one is once the person has a bed there, not while queued (a
   * queued placement that gets its bed later is announced as placed).
   */
  @EventPattern(ShelterTransferred.type)
  async onShelterTransferred(@Payload() event: InboundEvent<ShelterPlacementV1>): Promise<void> {
    const { payload, manager } = event;
    await this.involvement.end(manager, { caseId: payload.caseId, basis: ['shelter'] }, new Date());
    if (payload.queuePosition === undefined) await this.beginShelter(event);
  }

  @EventPattern(ShelterCheckedOut.type)
  async onShelterCheckedOut(
    @Payload() { payload, manager }: InboundEvent<ShelterPlacementV1>,
  ): Promise<void> {
    await this.involvement.end(
      manager,
      { caseId: payload.caseId, sourceId: payload.placementId },
      new Date(),
    );
  }

  @EventPattern(ProtectionCaseClosed.type)
  async onProtectionClosed(
    @Payload() { payload, manager }: InboundEvent<ProtectionCaseClosedV1>,
  ): Promise<void> {
    await this.involvement.end(
      manager,
      { caseId: payload.caseId, basis: ['protection_lead', 'service_provider', 'shelter'] },
      new Date(payload.closedAt),
    );
  }

  private async beginLead(manager: EntityManager, caseId: string, agencyId: string, at: Date): Promise<void> {
    await this.involvement.begin(
      manager,
      { caseId, agencyId, basis: 'protection_lead', sourceId: caseId },
      at,
    );
  }

  private async beginService({ payload, manager }: InboundEvent<ServiceReferralV1>): Promise<void> {
    await this.involvement.begin(
      manager,
      {
        caseId: payload.caseId,
        agencyId: payload.providerAgencyId,
        basis: 'service_provider',
        sourceId: payload.serviceReferralId,
      },
      new Date(),
    );
  }

  private async endService({ payload, manager }: InboundEvent<ServiceReferralV1>): Promise<void> {
    await this.involvement.end(
      manager,
      { caseId: payload.caseId, sourceId: payload.serviceReferralId },
      new Date(),
    );
  }

  private async beginShelter({ payload, manager }: InboundEvent<ShelterPlacementV1>): Promise<void> {
    await this.involvement.begin(
      manager,
      {
        caseId: payload.caseId,
        agencyId: payload.providerAgencyId,
        basis: 'shelter',
        sourceId: payload.placementId,
      },
      new Date(),
    );
  }
}

/** The agencies of the investigations a case belongs to, from prosecution's events. */
@Controller()
export class InvestigationInvolvementEvents {
  constructor(private readonly involvement: CaseInvolvement) {}

  @EventPattern(InvestigationOpened.type)
  async onInvestigationOpened(@Payload() { payload, manager }: InboundEvent<InvestigationV1>): Promise<void> {
    await this.involvement.joinInvestigation(
      manager,
      payload.investigationId,
      { caseIds: payload.caseIds, agencyIds: [payload.leadAgencyId] },
      new Date(payload.at),
    );
  }

  @EventPattern(CaseLinkedToInvestigation.type)
  async onCaseLinked(@Payload() { payload, manager }: InboundEvent<CaseLinkedV1>): Promise<void> {
    await this.involvement.joinInvestigation(
      manager,
      payload.investigationId,
      { caseIds: [payload.caseId] },
      new Date(payload.linkedAt),
    );
  }

  /** The agencies that take part in a hearing are the investigation's (the prosecution among them). */
  @EventPattern(HearingScheduled.type)
  async onHearingScheduled(@Payload() { payload, manager }: InboundEvent<HearingV1>): Promise<void> {
    await this.involvement.joinInvestigation(
      manager,
      payload.investigationId,
      { agencyIds: payload.agencyIds },
      new Date(),
    );
  }

  @EventPattern(InvestigationClosed.type)
  async onInvestigationClosed(@Payload() { payload, manager }: InboundEvent<InvestigationV1>): Promise<void> {
    await this.involvement.closeInvestigation(manager, payload.investigationId, new Date(payload.at));
  }
}

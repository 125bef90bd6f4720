import type { EventDefinition } from './event-definition';
import { AnalyticsAudiences, AnalyticsTopics, ServiceSubscriptions, deadLetterTopic } from './topics';
import type { AnalyticsAudience } from './topics';
import { DataServiceNames, serviceData } from './service-registry';
import {
  AnonymousNoticeCounted,
  CaseStageReached,
  ProsecutionStageReached,
  ReferralRecorded,
} from './events/analytics';
import {
  DeadlineApproaching,
  DeadlineBreached,
  FinalDecisionRecorded,
  IndicatorCatalogueAdopted,
  IndicatorsAssessed,
  PreliminaryDecisionRecorded,
  ReconsiderationDecided,
  ReconsiderationRequested,
  RecoveryPeriodEnded,
  RecoveryPeriodExtended,
  RecoveryPeriodStarted,
  ScreeningOpened,
} from './events/identification';
import {
  AnonymousNoticeRecorded,
  ConsentChanged,
  DuplicateConfirmed,
  DuplicateRejected,
  DuplicateSuspected,
  ReferralAmended,
  ReferralReceived,
  PersonalDataErased,
  ReferralWithdrawn,
  UrgentRiskRaised,
} from './events/intake';
import {
  ExchangeMessageDelivered,
  ExchangeMessageQuarantined,
  ExchangeMessageReceived,
  ExchangeMessageRefused,
} from './events/exchange';
import { NotificationDelivered, NotificationDispatched, NotificationFailed } from './events/notifications';
import {
  CourtTasksCreated,
  DisclosureStopped,
  FollowUpDue,
  NeedsAssessed,
  ProtectionCaseClosed,
  ProtectionCaseOpened,
  ProtectionLeadChanged,
  ResidenceStatusChanged,
  ReturnCompleted,
  ReturnPlanned,
  ServiceReferralAccepted,
  ServiceReferralCompleted,
  ServiceReferralDeclined,
  ServiceReferred,
  ShelterCheckedIn,
  ShelterCheckedOut,
  ShelterPlaced,
  ShelterQueued,
  ShelterTransferred,
} from './events/protection';
import {
  AppealFiled,
  CaseLinkedToInvestigation,
  ChargesAmended,
  ChargesFiled,
  CompensationOrdered,
  HearingApproaching,
  HearingHeld,
  HearingPostponed,
  HearingScheduled,
  InvestigationClosed,
  InvestigationOpened,
  VerdictRecorded,
  VictimTestimonyArranged,
} from './events/prosecution';

/** Every event the platform emits. A consumer looks a message up here by type and schema version. */
export const EventCatalogue: readonly EventDefinition<object>[] = [
  ReferralReceived,
  ReferralAmended,
  ReferralWithdrawn,
  PersonalDataErased,
  UrgentRiskRaised,
  ConsentChanged,
  AnonymousNoticeRecorded,
  DuplicateSuspected,
  DuplicateConfirmed,
  DuplicateRejected,
  ScreeningOpened,
  DeadlineApproaching,
  DeadlineBreached,
  PreliminaryDecisionRecorded,
  RecoveryPeriodStarted,
  RecoveryPeriodExtended,
  RecoveryPeriodEnded,
  FinalDecisionRecorded,
  ReconsiderationRequested,
  ReconsiderationDecided,
  IndicatorsAssessed,
  IndicatorCatalogueAdopted,
  ProtectionCaseOpened,
  ProtectionLeadChanged,
  NeedsAssessed,
  ServiceReferred,
  ServiceReferralAccepted,
  ServiceReferralDeclined,
  ServiceReferralCompleted,
  DisclosureStopped,
  ShelterPlaced,
  ShelterQueued,
  ShelterCheckedIn,
  ShelterTransferred,
  ShelterCheckedOut,
  ResidenceStatusChanged,
  ReturnPlanned,
  ReturnCompleted,
  FollowUpDue,
  CourtTasksCreated,
  ProtectionCaseClosed,
  InvestigationOpened,
  InvestigationClosed,
  CaseLinkedToInvestigation,
  ChargesFiled,
  ChargesAmended,
  HearingScheduled,
  HearingPostponed,
  HearingHeld,
  HearingApproaching,
  VictimTestimonyArranged,
  VerdictRecorded,
  AppealFiled,
  CompensationOrdered,
  NotificationDispatched,
  NotificationDelivered,
  NotificationFailed,
  ExchangeMessageDelivered,
  ExchangeMessageRefused,
  ExchangeMessageReceived,
  ExchangeMessageQuarantined,
  ReferralRecorded,
  AnonymousNoticeCounted,
  CaseStageReached,
  ProsecutionStageReached,
];

export function findEventDefinition(
  type: string,
  schemaVersion: number,
): EventDefinition<object> | undefined {
  return EventCatalogue.find((d) => d.type === type && d.schemaVersion === schemaVersion);
}

/** The Kafka principal of an analyst audience, e.g. `analyst-research`; its consumer groups start with it. */
export function analystPrincipal(audience: AnalyticsAudience): string {
  return `analyst-${audience}`;
}

/** What one principal may do on Kafka: topics it writes, topics it reads, the groups it consumes in. */
export interface KafkaAccess {
  principal: string;
  writes: string[];
  reads: string[];
  /** Topic name prefixes it may read (analysts: every analytics topic). */
  readsPrefixed: string[];
  /** Consumer groups it may use: those whose id starts with this. */
  groupPrefix: string;
}

/**
 * The access of every Kafka principal of the platform, from the catalogue: a service writes the
 * topics of the events it emits (analytics: every audience's topic) and its dead-letter topic, and
 * reads its subscriptions; an analyst of an audience reads that audience's analytics topic only.
 */
export function platformKafkaAccess(): KafkaAccess[] {
  const access: KafkaAccess[] = DataServiceNames.map((service) => {
    const emitted = EventCatalogue.filter((d) => d.source === service).map((d) => d.topic as string);
    const audiences = service === 'analytics' ? Object.values(AnalyticsTopics) : [];
    return {
      principal: serviceData(service).kafkaPrincipal,
      writes: [...new Set([...emitted, ...audiences, deadLetterTopic(service)])],
      reads: [...ServiceSubscriptions[service]],
      readsPrefixed: [],
      groupPrefix: `nrm-${service}`,
    };
  });
  // One analyst principal per audience, reading that audience's topic only: audiences cannot join
  // their records, and no analyst reaches a lifecycle or dead-letter topic.
  for (const audience of AnalyticsAudiences) {
    access.push({
      principal: analystPrincipal(audience),
      writes: [],
      reads: [AnalyticsTopics[audience]],
      readsPrefixed: [],
      groupPrefix: `${analystPrincipal(audience)}-`,
    });
  }
  return access;
}

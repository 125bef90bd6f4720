import type { EventDefinition } from './event-definition';
import {
  DeadlineApproaching,
  DeadlineBreached,
  FinalDecisionRecorded,
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
  ReferralWithdrawn,
  UrgentRiskRaised,
} from './events/intake';
import { NotificationDelivered, NotificationDispatched, NotificationFailed } from './events/notifications';
import {
  DisclosureStopped,
  NeedsAssessed,
  ProtectionCaseClosed,
  ProtectionCaseOpened,
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

/** Every event the platform emits. A consumer looks a message up here by type and schema version. */
export const EventCatalogue: readonly EventDefinition<object>[] = [
  ReferralReceived,
  ReferralAmended,
  ReferralWithdrawn,
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
  ProtectionCaseOpened,
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
  ProtectionCaseClosed,
  NotificationDispatched,
  NotificationDelivered,
  NotificationFailed,
];

export function findEventDefinition(
  type: string,
  schemaVersion: number,
): EventDefinition<object> | undefined {
  return EventCatalogue.find((d) => d.type === type && d.schemaVersion === schemaVersion);
}

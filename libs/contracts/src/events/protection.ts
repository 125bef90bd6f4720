import 'reflect-metadata';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { defineEvent, eventFamily } from '../event-definition';
import { Topics } from '../topics';

/** What a person may need, as assessed by a protection case worker. */
export const NeedTypes = [
  'shelter',
  'medical',
  'psychosocial',
  'legal_aid',
  'interpretation',
  'education',
  'livelihood',
  'family_tracing',
  'documents',
] as const;
export type NeedType = (typeof NeedTypes)[number];

export const NeedPriorities = ['urgent', 'high', 'normal'] as const;
export type NeedPriority = (typeof NeedPriorities)[number];

/** Why a protection case opened: whichever came first. */
export const OpeningReasons = ['child', 'urgent_risk', 'presumed_victim'] as const;
export type OpeningReason = (typeof OpeningReasons)[number];

export const ServiceDeclineReasons = [
  'no_capacity',
  'service_not_available',
  'language_not_available',
  'not_eligible',
  'person_declined',
  'other',
] as const;
export type ServiceDeclineReason = (typeof ServiceDeclineReasons)[number];

/** What a service referral discloses to a provider rests on: consent, the person being a child, or a supervisor's override. */
export const DisclosureBases = ['consent', 'child', 'supervisor_override'] as const;
export type DisclosureBasis = (typeof DisclosureBases)[number];

export const ClosureReasons = [
  'recovered_and_reintegrated',
  'returned_to_country_of_origin',
  'not_a_victim',
  'declined_further_support',
  'lost_contact',
  'transferred_to_other_jurisdiction',
  'deceased',
  'other',
] as const;
export type ClosureReason = (typeof ClosureReasons)[number];

const CASE_REFERENCE = /^[A-Z]{2}-\d{4}-[0-9A-Z]{6}$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A protection case opened: once per case, for a child or an urgent risk at once, else on a positive preliminary decision. */
export class ProtectionCaseOpenedV1 {
  @IsUUID()
  caseId!: string;

  @Matches(CASE_REFERENCE)
  caseReference!: string;

  @IsIn(OpeningReasons)
  openedBecause!: OpeningReason;

  @IsBoolean()
  personIsChild!: boolean;

  @IsISO8601({ strict: true })
  openedAt!: string;

  /** The protection agency that leads the case (absent from events made before leads existed). */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  leadAgencyId?: string;
}

export const ProtectionCaseOpened = defineEvent({
  type: 'nrm.protection.case-opened',
  schemaVersion: 1,
  topic: Topics.protectionCase,
  source: 'protection',
  payload: ProtectionCaseOpenedV1,
});

/** A supervisor handed the lead of a protection case to another protection agency. */
export class ProtectionLeadChangedV1 {
  @IsUUID()
  caseId!: string;

  @Matches(CASE_REFERENCE)
  caseReference!: string;

  @IsString()
  @MaxLength(64)
  leadAgencyId!: string;

  @IsString()
  @MaxLength(64)
  previousLeadAgencyId!: string;

  @IsISO8601({ strict: true })
  changedAt!: string;
}

export const ProtectionLeadChanged = defineEvent({
  type: 'nrm.protection.lead-changed',
  schemaVersion: 1,
  topic: Topics.protectionCase,
  source: 'protection',
  payload: ProtectionLeadChangedV1,
});

export class AssessedNeedV1 {
  @IsIn(NeedTypes)
  needType!: NeedType;

  @IsIn(NeedPriorities)
  priority!: NeedPriority;

  @Matches(LOCAL_DATE)
  dueOn!: string;
}

/** The needs assessment of a case, as the service plan now stands (notes stay in protection). */
export class NeedsAssessedV1 {
  @IsUUID()
  caseId!: string;

  @IsArray()
  @ArrayMaxSize(NeedTypes.length)
  @ValidateNested({ each: true })
  @Type(() => AssessedNeedV1)
  needs!: AssessedNeedV1[];

  @IsISO8601({ strict: true })
  assessedAt!: string;
}

export const NeedsAssessed = defineEvent({
  type: 'nrm.protection.needs-assessed',
  schemaVersion: 1,
  topic: Topics.protectionCase,
  source: 'protection',
  payload: NeedsAssessedV1,
});

/** A service referral to a provider, or a change in it. */
export class ServiceReferralV1 {
  @IsUUID()
  caseId!: string;

  @Matches(CASE_REFERENCE)
  caseReference!: string;

  @IsUUID()
  serviceReferralId!: string;

  @IsString()
  @MaxLength(64)
  providerAgencyId!: string;

  @IsIn(NeedTypes)
  needType!: NeedType;

  @IsIn(NeedPriorities)
  priority!: NeedPriority;

  @IsIn(DisclosureBases)
  disclosureBasis!: DisclosureBasis;

  /** For a declined referral. */
  @IsOptional()
  @IsIn(ServiceDeclineReasons)
  declineReason?: ServiceDeclineReason;
}

const serviceReferralEvent = eventFamily({
  prefix: 'nrm.protection',
  topic: Topics.protectionCase,
  source: 'protection',
  payload: ServiceReferralV1,
});

export const ServiceReferred = serviceReferralEvent('service-referred');
export const ServiceReferralAccepted = serviceReferralEvent('service-referral-accepted');
export const ServiceReferralDeclined = serviceReferralEvent('service-referral-declined');
export const ServiceReferralCompleted = serviceReferralEvent('service-referral-completed');
/** Consent no longer covers the provider: it must stop using the person's data and hears so. */
export const DisclosureStopped = serviceReferralEvent('disclosure-stopped');

/** A shelter placement, or a change in it. */
export class ShelterPlacementV1 {
  @IsUUID()
  caseId!: string;

  @Matches(CASE_REFERENCE)
  caseReference!: string;

  @IsUUID()
  placementId!: string;

  @IsString()
  @MaxLength(64)
  shelterId!: string;

  @IsString()
  @MaxLength(64)
  providerAgencyId!: string;

  /** Children and urgent risks are placed first. */
  @IsBoolean()
  priority!: boolean;

  /** Queued requests: 1 is next. */
  @IsOptional()
  @IsInt()
  @Min(1)
  queuePosition?: number;

  /** Transfers: the shelter the person left. */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  fromShelterId?: string;
}

const placementEvent = eventFamily({
  prefix: 'nrm.protection',
  topic: Topics.protectionCase,
  source: 'protection',
  payload: ShelterPlacementV1,
});

export const ShelterPlaced = placementEvent('shelter-placed');
export const ShelterQueued = placementEvent('shelter-queued');
export const ShelterCheckedIn = placementEvent('shelter-checked-in');
export const ShelterTransferred = placementEvent('shelter-transferred');
export const ShelterCheckedOut = placementEvent('shelter-checked-out');

/** A protection case closed, with a supervisor's approval. */
export class ProtectionCaseClosedV1 {
  @IsUUID()
  caseId!: string;

  @Matches(CASE_REFERENCE)
  caseReference!: string;

  @IsIn(ClosureReasons)
  reason!: ClosureReason;

  @IsISO8601({ strict: true })
  closedAt!: string;
}

export const ProtectionCaseClosed = defineEvent({
  type: 'nrm.protection.case-closed',
  schemaVersion: 1,
  topic: Topics.protectionCase,
  source: 'protection',
  payload: ProtectionCaseClosedV1,
});

/** A person's right to stay while protected. */
export const ResidenceStatuses = [
  'temporary_permit',
  'stay_of_removal',
  'residence_regularised',
  'irregular',
] as const;
export type ResidenceStatus = (typeof ResidenceStatuses)[number];

/** The person's residence status changed (the permit's number stays sealed in protection). */
export class ResidenceStatusChangedV1 {
  @IsUUID()
  caseId!: string;

  @Matches(CASE_REFERENCE)
  caseReference!: string;

  @IsIn(ResidenceStatuses)
  status!: ResidenceStatus;

  @Matches(LOCAL_DATE)
  validFrom!: string;

  @IsOptional()
  @Matches(LOCAL_DATE)
  expiresOn?: string;
}

export const ResidenceStatusChanged = defineEvent({
  type: 'nrm.protection.residence-status-changed',
  schemaVersion: 1,
  topic: Topics.protectionCase,
  source: 'protection',
  payload: ResidenceStatusChangedV1,
});

export const ReturnRiskLevels = ['low', 'medium', 'high'] as const;
export type ReturnRiskLevel = (typeof ReturnRiskLevels)[number];

/** A voluntary return, planned or completed; the country of return is statistical, not identifying. */
export class ReturnV1 {
  @IsUUID()
  caseId!: string;

  @Matches(CASE_REFERENCE)
  caseReference!: string;

  /** ISO 3166-1 alpha-2. */
  @Matches(/^[A-Z]{2}$/)
  destinationCountry!: string;

  @IsIn(ReturnRiskLevels)
  riskLevel!: ReturnRiskLevel;

  /** The agency that follows the person up after return (IOM, usually). */
  @IsString()
  @MaxLength(64)
  followUpAgencyId!: string;

  @Matches(LOCAL_DATE)
  plannedOn!: string;

  /** Completed returns: the day the person travelled. */
  @IsOptional()
  @Matches(LOCAL_DATE)
  returnedOn?: string;

  /** Completed returns: the follow-ups scheduled, by due date. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(12)
  @Matches(LOCAL_DATE, { each: true })
  followUpsDueOn?: string[];
}

export const ReturnPlanned = defineEvent({
  type: 'nrm.protection.return-planned',
  schemaVersion: 1,
  topic: Topics.protectionCase,
  source: 'protection',
  payload: ReturnV1,
});

export const ReturnCompleted = defineEvent({
  type: 'nrm.protection.return-completed',
  schemaVersion: 1,
  topic: Topics.protectionCase,
  source: 'protection',
  payload: ReturnV1,
});

export const FollowUpKinds = ['residence_expiry', 'return_follow_up'] as const;
export type FollowUpKind = (typeof FollowUpKinds)[number];

/** Something about a case is due: a residence permit nears its expiry, or a follow-up after return. */
export class FollowUpDueV1 {
  @IsUUID()
  caseId!: string;

  @Matches(CASE_REFERENCE)
  caseReference!: string;

  @IsIn(FollowUpKinds)
  kind!: FollowUpKind;

  @Matches(LOCAL_DATE)
  dueOn!: string;

  /** The permit's expiry, or the day of return. */
  @Matches(LOCAL_DATE)
  aboutDate!: string;

  /** Follow-ups after return: 1, 2, 3 (at 3, 6 and 12 months). */
  @IsInt()
  @Min(1)
  sequence!: number;

  @IsString()
  @MaxLength(64)
  recipientAgencyId!: string;
}

export const FollowUpDue = defineEvent({
  type: 'nrm.protection.follow-up-due',
  schemaVersion: 1,
  topic: Topics.protectionCase,
  source: 'protection',
  payload: FollowUpDueV1,
});

/** Tasks protection owes a victim who testifies: due before the hearing. */
export const CourtTaskTypes = ['interpreter', 'legal_aid', 'transport', 'risk_review'] as const;
export type CourtTaskType = (typeof CourtTaskTypes)[number];

/** Protection created (or re-dated) the tasks a hearing with the victim as witness implies. */
export class CourtTasksV1 {
  @IsUUID()
  caseId!: string;

  @Matches(CASE_REFERENCE)
  caseReference!: string;

  @IsUUID()
  hearingId!: string;

  @Matches(LOCAL_DATE)
  hearingDate!: string;

  @IsArray()
  @ArrayMaxSize(CourtTaskTypes.length)
  @IsIn(CourtTaskTypes, { each: true })
  taskTypes!: CourtTaskType[];

  @Matches(LOCAL_DATE)
  dueOn!: string;

  /** Agencies that hold the case (providers it was referred to, the shelter), told of the hearing. */
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  agencyIds!: string[];
}

export const CourtTasksCreated = defineEvent({
  type: 'nrm.protection.court-tasks-created',
  schemaVersion: 1,
  topic: Topics.protectionCase,
  source: 'protection',
  payload: CourtTasksV1,
});

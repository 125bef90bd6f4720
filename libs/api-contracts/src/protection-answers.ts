import { ApiExtraModels, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AgencyTypes,
  ClosureReasons,
  CourtTaskTypes,
  DisclosureBases,
  FollowUpKinds,
  NeedPriorities,
  NeedTypes,
  OpeningReasons,
  ResidenceStatuses,
  ReturnRiskLevels,
  ServiceDeclineReasons,
} from '@nrm/contracts';
import { objectOrNull, orNull } from './nullable-schemas';
import { FollowUpOutcomes } from './protection';

/*
 * What protection answers. Times are ISO 8601 instants; dates are `YYYY-MM-DD`; a time that has not
 * happened yet is null.
 */

export const ProtectionCaseStatuses = ['open', 'closure_requested', 'closed'] as const;
export const ServiceReferralStatuses = ['pending', 'accepted', 'declined', 'completed', 'stopped'] as const;
/** What a provider sees of its referrals: a stopped one is no longer its to see. */
export const ProviderReferralStatuses = ['pending', 'accepted', 'declined', 'completed'] as const;
export const NeedStatuses = ['open', 'met', 'withdrawn'] as const;
export const PlacementStatuses = [
  'queued',
  'placed',
  'checked_in',
  'checked_out',
  'cancelled',
  'transferred',
] as const;
export const ReturnPlanStatuses = ['planned', 'completed', 'cancelled'] as const;
export const CourtTaskStatuses = ['open', 'done'] as const;

const NULLABLE_TIME = { type: String, format: 'date-time', nullable: true } as const;
const NULLABLE_DATE = { type: String, format: 'date', nullable: true } as const;
const DECLINE_REASON = {
  enum: orNull(ServiceDeclineReasons),
  nullable: true,
  description: 'Why the provider declined; null unless it did',
} as const;

/** What every view of a protection case says of it. */
class ProtectionCaseFacts {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'KW-2026-7H2K9Q',
    description: 'null while the referral has not reached protection',
  })
  caseReference!: string | null;
  @ApiProperty({ enum: ProtectionCaseStatuses }) status!: string;
  @ApiProperty({ enum: orNull(OpeningReasons), nullable: true, description: 'Why the case was opened' })
  openedBecause!: string | null;
  @ApiProperty(NULLABLE_TIME) openedAt!: string | null;
  @ApiProperty() personIsChild!: boolean;
  @ApiProperty() urgentRisk!: boolean;
}

/** A protection case in a list: children and urgent risks first. */
export class ProtectionCaseSummaryResponse extends ProtectionCaseFacts {
  @ApiProperty({ ...NULLABLE_DATE, description: 'The nearest open need' }) nextDueOn!: string | null;
}

export class ProtectionCasePage {
  @ApiProperty({ type: [ProtectionCaseSummaryResponse] }) items!: ProtectionCaseSummaryResponse[];
}

/** A need of the case's plan. */
export class PlannedNeedResponse {
  @ApiProperty({ enum: NeedTypes }) needType!: string;
  @ApiProperty({ enum: NeedPriorities }) priority!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
}

export class CaseNeedResponse {
  @ApiProperty({ enum: NeedTypes }) needType!: string;
  @ApiProperty({ enum: NeedPriorities }) priority!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ enum: NeedStatuses, description: 'met once a provider completed a referral for it' })
  status!: string;
}

export class CaseServiceReferralResponse {
  @ApiProperty({ format: 'uuid' }) serviceReferralId!: string;
  @ApiProperty({ example: 'ngo-migrant-support' }) providerAgencyId!: string;
  @ApiProperty({ enum: NeedTypes }) needType!: string;
  @ApiProperty({ enum: NeedPriorities }) priority!: string;
  @ApiProperty({ enum: ServiceReferralStatuses }) status!: string;
  @ApiProperty({ enum: DisclosureBases, description: 'Why the provider may see the person’s details' })
  disclosureBasis!: string;
  @ApiProperty(DECLINE_REASON) declineReason!: string | null;
  @ApiProperty({ format: 'date-time' }) referredAt!: string;
}

export class CasePlacementResponse {
  @ApiProperty({ format: 'uuid' }) placementId!: string;
  @ApiProperty({ example: 'kw-shelter-1' }) shelterId!: string;
  @ApiProperty({ enum: PlacementStatuses }) status!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty(NULLABLE_TIME) placedAt!: string | null;
  @ApiProperty(NULLABLE_TIME) checkedInAt!: string | null;
  @ApiProperty(NULLABLE_TIME) endedAt!: string | null;
}

export class CaseResidenceStatusResponse {
  @ApiProperty({ enum: ResidenceStatuses }) status!: string;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty(NULLABLE_DATE) expiresOn!: string | null;
  @ApiProperty({ description: 'The status in force' }) current!: boolean;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

export class CaseReturnPlanResponse {
  @ApiProperty({ enum: ReturnPlanStatuses }) status!: string;
  @ApiProperty({ example: 'LK' }) destinationCountry!: string;
  @ApiProperty({ enum: ReturnRiskLevels }) riskLevel!: string;
  @ApiProperty() travelDocumentsReady!: boolean;
  @ApiProperty({ example: 'iom-kuwait', description: 'The agency that follows the person up' })
  followUpAgencyId!: string;
  @ApiProperty({ format: 'date' }) plannedOn!: string;
  @ApiProperty(NULLABLE_DATE) returnedOn!: string | null;
}

export class CaseFollowUpResponse {
  @ApiProperty({ format: 'uuid' }) followUpId!: string;
  @ApiProperty({ enum: FollowUpKinds }) kind!: string;
  @ApiProperty({ type: 'integer' }) sequence!: number;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ format: 'date', description: 'The expiry or return it is about' }) aboutDate!: string;
  @ApiProperty({ description: 'The agency it is addressed to' }) recipientAgencyId!: string;
  @ApiProperty(NULLABLE_TIME) raisedAt!: string | null;
  @ApiProperty(NULLABLE_TIME) cancelledAt!: string | null;
  @ApiProperty({ enum: orNull(FollowUpOutcomes), nullable: true }) outcome!: string | null;
  @ApiProperty(NULLABLE_TIME) recordedAt!: string | null;
}

export class CaseCourtTaskResponse {
  @ApiProperty({ format: 'uuid' }) taskId!: string;
  @ApiProperty({ format: 'uuid' }) hearingId!: string;
  @ApiProperty({ enum: CourtTaskTypes }) taskType!: string;
  @ApiProperty({ format: 'date' }) hearingDate!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ enum: CourtTaskStatuses }) status!: string;
  @ApiProperty(NULLABLE_TIME) doneAt!: string | null;
}

export class RecoveryPeriodResponse {
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty(NULLABLE_DATE) endsOn!: string | null;
}

export class CaseClosureResponse {
  @ApiProperty({ enum: ClosureReasons }) reason!: string;
  @ApiProperty(NULLABLE_TIME) requestedAt!: string | null;
  @ApiProperty(NULLABLE_TIME) closedAt!: string | null;
}

/** A protection case with its plan, services, placements, residence, return, follow-ups and court tasks. */
@ApiExtraModels(RecoveryPeriodResponse, CaseClosureResponse)
export class ProtectionCaseResponse extends ProtectionCaseFacts {
  @ApiProperty({ example: 'kw-shelter-gov' }) leadAgencyId!: string;
  @ApiProperty() interpreterNeeded!: boolean;
  @ApiProperty({
    enum: AgencyTypes,
    isArray: true,
    description: 'The agency types the person agreed to share details with',
  })
  dataSharingAgencyTypes!: string[];
  @ApiProperty({
    ...objectOrNull(RecoveryPeriodResponse),
    description: 'null until a recovery period starts',
  })
  recoveryPeriod!: RecoveryPeriodResponse | null;
  @ApiProperty({ type: [CaseNeedResponse] }) needs!: CaseNeedResponse[];
  @ApiProperty({ type: [CaseServiceReferralResponse] }) serviceReferrals!: CaseServiceReferralResponse[];
  @ApiProperty({ type: [CasePlacementResponse] }) placements!: CasePlacementResponse[];
  @ApiProperty({ type: [CaseResidenceStatusResponse], description: 'Newest first' })
  residenceStatus!: CaseResidenceStatusResponse[];
  @ApiProperty({ type: [CaseReturnPlanResponse], description: 'Newest first' })
  returnPlans!: CaseReturnPlanResponse[];
  @ApiProperty({ type: [CaseFollowUpResponse] }) followUps!: CaseFollowUpResponse[];
  @ApiProperty({ type: [CaseCourtTaskResponse] }) courtTasks!: CaseCourtTaskResponse[];
  @ApiProperty({ ...objectOrNull(CaseClosureResponse), description: 'null unless closure was requested' })
  closure!: CaseClosureResponse | null;
}

/** The needs assessed into the case's plan. */
export class NeedsPlanResponse {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: [PlannedNeedResponse] }) needs!: PlannedNeedResponse[];
}

export class LeadAgencyResponse {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'iom-kuwait' }) leadAgencyId!: string;
}

/** The case's status after a closure request or its review. */
export class ProtectionCaseStatusResponse {
  @ApiProperty({ enum: ProtectionCaseStatuses }) status!: string;
}

export class ResidenceStatusRecordedResponse {
  @ApiProperty({ enum: ResidenceStatuses }) status!: string;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty(NULLABLE_DATE) expiresOn!: string | null;
  @ApiProperty({
    ...NULLABLE_DATE,
    description: 'When the expiry reminder falls due; null without an expiry',
  })
  reminderOn!: string | null;
}

export class ReturnPlannedResponse {
  @ApiProperty({ format: 'uuid' }) returnId!: string;
  @ApiProperty({ enum: ['planned'] }) status!: 'planned';
}

export class ReturnCompletedResponse {
  @ApiProperty({ enum: ['completed'] }) status!: 'completed';
  @ApiProperty({ type: [String], format: 'date', description: 'The follow-ups due after the return' })
  followUpsDueOn!: string[];
}

export class ReturnCancelledResponse {
  @ApiProperty({ enum: ['cancelled'] }) status!: 'cancelled';
}

export class FollowUpRecordedResponse {
  @ApiProperty({ format: 'uuid' }) followUpId!: string;
  @ApiProperty({ enum: FollowUpOutcomes }) outcome!: string;
}

export class CourtTaskDoneResponse {
  @ApiProperty({ format: 'uuid' }) taskId!: string;
  @ApiProperty({ enum: ['done'] }) status!: 'done';
}

/** A service referral as its provider sees it. */
export class ProviderReferralResponse {
  @ApiProperty({ format: 'uuid' }) serviceReferralId!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'KW-2026-7H2K9Q' }) caseReference!: string;
  @ApiProperty({ enum: NeedTypes }) needType!: string;
  @ApiProperty({ enum: NeedPriorities }) priority!: string;
  @ApiProperty(NULLABLE_DATE) dueOn!: string | null;
  @ApiProperty({ enum: ProviderReferralStatuses }) status!: string;
  @ApiProperty() personIsChild!: boolean;
  @ApiProperty() interpreterNeeded!: boolean;
  @ApiProperty({ format: 'date-time' }) referredAt!: string;
  @ApiProperty(DECLINE_REASON) declineReason!: string | null;
}

export class ProviderReferralPage {
  @ApiProperty({ type: [ProviderReferralResponse] }) items!: ProviderReferralResponse[];
}

export class ServiceReferralMadeResponse {
  @ApiProperty({ format: 'uuid' }) serviceReferralId!: string;
  @ApiProperty({ enum: ['pending'] }) status!: 'pending';
  @ApiProperty({ enum: DisclosureBases }) disclosureBasis!: string;
}

/** A service referral's status after the provider accepted, declined or completed it. */
export class ServiceReferralStatusResponse {
  @ApiProperty({ format: 'uuid' }) serviceReferralId!: string;
  @ApiProperty({ enum: ServiceReferralStatuses }) status!: string;
}

/** A shelter with its beds: free ones are what a placement can take now. */
export class ShelterResponse {
  @ApiProperty({ example: 'kw-shelter-1' }) shelterId!: string;
  @ApiProperty({ example: 'kw-shelter-gov' }) providerAgencyId!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty() nameAr!: string;
  @ApiProperty() forChildren!: boolean;
  @ApiProperty({ type: 'integer' }) capacity!: number;
  @ApiProperty({ type: 'integer' }) occupied!: number;
  @ApiProperty({ type: 'integer' }) free!: number;
  @ApiProperty({ type: 'integer', description: 'Placements waiting for a bed' }) queued!: number;
}

export class ShelterPage {
  @ApiProperty({ type: [ShelterResponse] }) items!: ShelterResponse[];
}

/** A placement after a request, check-in, check-out or transfer. */
export class PlacementResponse {
  @ApiProperty({ format: 'uuid' }) placementId!: string;
  @ApiProperty({ example: 'kw-shelter-1' }) shelterId!: string;
  @ApiProperty({ enum: PlacementStatuses }) status!: string;
  @ApiPropertyOptional({ type: 'integer', description: 'Its place in the queue when no bed is free' })
  queuePosition?: number;
}

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
} from 'class-validator';
import { defineEvent, eventFamily } from '../event-definition';
import { Topics } from '../topics';

export const SuspectRoles = [
  'recruiter',
  'transporter',
  'broker',
  'harbourer',
  'exploiter',
  'other',
] as const;
export type SuspectRole = (typeof SuspectRoles)[number];

export const HearingTypes = ['first_instance', 'appeal', 'cassation', 'detention_review', 'other'] as const;
export type HearingType = (typeof HearingTypes)[number];

export const VerdictOutcomes = ['convicted', 'acquitted', 'dismissed'] as const;
export type VerdictOutcome = (typeof VerdictOutcomes)[number];

/** What a victim testifying needs: protection arranges each before the hearing. */
export const ProtectiveMeasures = [
  'interpreter',
  'legal_aid',
  'transport',
  'video_link',
  'closed_session',
  'risk_review',
] as const;
export type ProtectiveMeasure = (typeof ProtectiveMeasures)[number];

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CASE_REFERENCE = /^[A-Z]{2}-\d{4}-[0-9A-Z]{6}$/;

/**
 * An investigation and its events. The key is the investigation id (one investigation spans the
 * cases of a network's victims); events about one case (linking, testimony) are keyed by the case.
 * No suspect's identity is ever on Kafka: suspects appear by their pseudonymous id only.
 */
export class InvestigationV1 {
  @IsUUID()
  investigationId!: string;

  @IsString()
  @MaxLength(64)
  leadAgencyId!: string;

  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  caseIds!: string[];

  @IsISO8601({ strict: true })
  at!: string;

  /** Closed investigations: why. */
  @IsOptional()
  @IsIn(['referred_to_court', 'insufficient_evidence', 'suspects_not_found', 'merged', 'other'])
  closeReason?: string;
}

const investigationEvent = eventFamily({
  prefix: 'nrm.prosecution',
  topic: Topics.prosecutionProceedings,
  source: 'prosecution-tracking',
  payload: InvestigationV1,
});

export const InvestigationOpened = investigationEvent('investigation-opened');
export const InvestigationClosed = investigationEvent('investigation-closed');

/** A referred case joined an investigation (key: the case). */
export class CaseLinkedV1 {
  @IsUUID()
  investigationId!: string;

  @IsUUID()
  caseId!: string;

  @IsISO8601({ strict: true })
  linkedAt!: string;
}

export const CaseLinkedToInvestigation = defineEvent({
  type: 'nrm.prosecution.case-linked',
  schemaVersion: 1,
  topic: Topics.prosecutionProceedings,
  source: 'prosecution-tracking',
  payload: CaseLinkedV1,
});

/** A charge against a suspect, filed or amended (a new version). */
export class ChargeV1 {
  @IsUUID()
  investigationId!: string;

  @IsUUID()
  chargeId!: string;

  /** Pseudonymous: the suspect's identity stays sealed in prosecution tracking. */
  @IsUUID()
  suspectId!: string;

  @Matches(/^[a-z0-9-]{1,40}$/)
  lawCode!: string;

  @Matches(/^[0-9A-Za-z-]{1,10}$/)
  article!: string;

  @IsInt()
  @Min(1)
  version!: number;

  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  aggravatingCircumstances!: string[];
}

export const ChargesFiled = defineEvent({
  type: 'nrm.prosecution.charges-filed',
  schemaVersion: 1,
  topic: Topics.prosecutionProceedings,
  source: 'prosecution-tracking',
  payload: ChargeV1,
});

export const ChargesAmended = defineEvent({
  type: 'nrm.prosecution.charges-amended',
  schemaVersion: 1,
  topic: Topics.prosecutionProceedings,
  source: 'prosecution-tracking',
  payload: ChargeV1,
});

/** A court hearing, scheduled, held or postponed. */
export class HearingV1 {
  @IsUUID()
  investigationId!: string;

  @IsUUID()
  hearingId!: string;

  @IsIn(HearingTypes)
  hearingType!: HearingType;

  @IsString()
  @MaxLength(100)
  court!: string;

  @Matches(LOCAL_DATE)
  scheduledOn!: string;

  /** Agencies on the investigation, told of the hearing. */
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  agencyIds!: string[];

  /** Postponed hearings: the earlier date. */
  @IsOptional()
  @Matches(LOCAL_DATE)
  previousDate?: string;
}

const hearingEvent = eventFamily({
  prefix: 'nrm.prosecution',
  topic: Topics.prosecutionProceedings,
  source: 'prosecution-tracking',
  payload: HearingV1,
});

export const HearingScheduled = hearingEvent('hearing-scheduled');
export const HearingHeld = hearingEvent('hearing-held');
export const HearingPostponed = hearingEvent('hearing-postponed');
/** A hearing is near (raised once, ahead of it). */
export const HearingApproaching = hearingEvent('hearing-approaching');

/** A victim testifies at a hearing, with the protective measures it needs (key: the case). */
export class VictimTestimonyV1 {
  @IsUUID()
  investigationId!: string;

  @IsUUID()
  hearingId!: string;

  @IsUUID()
  caseId!: string;

  @Matches(CASE_REFERENCE)
  caseReference!: string;

  @Matches(LOCAL_DATE)
  hearingDate!: string;

  @IsArray()
  @ArrayMaxSize(ProtectiveMeasures.length)
  @IsIn(ProtectiveMeasures, { each: true })
  measures!: ProtectiveMeasure[];
}

export const VictimTestimonyArranged = defineEvent({
  type: 'nrm.prosecution.victim-testimony-arranged',
  schemaVersion: 1,
  topic: Topics.prosecutionProceedings,
  source: 'prosecution-tracking',
  payload: VictimTestimonyV1,
});

/** A verdict on one charge against one suspect. */
export class VerdictV1 {
  @IsUUID()
  investigationId!: string;

  @IsUUID()
  verdictId!: string;

  @IsUUID()
  suspectId!: string;

  @IsUUID()
  chargeId!: string;

  @Matches(/^[a-z0-9-]{1,40}$/)
  lawCode!: string;

  @Matches(/^[0-9A-Za-z-]{1,10}$/)
  article!: string;

  @IsIn(VerdictOutcomes)
  outcome!: VerdictOutcome;

  @IsIn(HearingTypes)
  courtLevel!: HearingType;

  @Matches(LOCAL_DATE)
  decidedOn!: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  sentenceMonths?: number;

  @IsOptional()
  @IsBoolean()
  lifeImprisonment?: boolean;
}

export const VerdictRecorded = defineEvent({
  type: 'nrm.prosecution.verdict-recorded',
  schemaVersion: 1,
  topic: Topics.prosecutionProceedings,
  source: 'prosecution-tracking',
  payload: VerdictV1,
});

export class AppealV1 {
  @IsUUID()
  investigationId!: string;

  @IsUUID()
  appealId!: string;

  @IsUUID()
  verdictId!: string;

  @IsIn(['prosecution', 'defence'])
  filedBy!: 'prosecution' | 'defence';

  @Matches(LOCAL_DATE)
  filedOn!: string;
}

export const AppealFiled = defineEvent({
  type: 'nrm.prosecution.appeal-filed',
  schemaVersion: 1,
  topic: Topics.prosecutionProceedings,
  source: 'prosecution-tracking',
  payload: AppealV1,
});

/** A court ordered compensation for a victim (key: the case); whether it was paid is tracked. */
export class CompensationV1 {
  @IsUUID()
  investigationId!: string;

  @IsUUID()
  compensationId!: string;

  @IsUUID()
  caseId!: string;

  @Matches(/^\d{1,9}(\.\d{1,3})?$/)
  amount!: string;

  @Matches(/^[A-Z]{3}$/)
  currency!: string;

  @Matches(LOCAL_DATE)
  orderedOn!: string;

  @IsBoolean()
  paid!: boolean;
}

export const CompensationOrdered = defineEvent({
  type: 'nrm.prosecution.compensation-ordered',
  schemaVersion: 1,
  topic: Topics.prosecutionProceedings,
  source: 'prosecution-tracking',
  payload: CompensationV1,
});

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
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';

/** The competent authority opened a screening for a referred case, with its decision target date. */
export class ScreeningOpenedV1 {
  @IsUUID()
  caseId!: string;

  @IsUUID()
  screeningId!: string;

  @Matches(/^[A-Z]{2}-\d{4}-[0-9A-Z]{6}$/)
  caseReference!: string;

  @IsString()
  @MaxLength(64)
  referringAgencyId!: string;

  @IsString()
  @MaxLength(64)
  assignedAgencyId!: string;

  @IsISO8601({ strict: true })
  openedAt!: string;

  /** Local date (jurisdiction calendar) by which the reasonable-grounds decision is due. */
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  preliminaryDecisionDueOn!: string;

  @IsInt()
  @Min(1)
  preliminaryDecisionWorkingDays!: number;

  @Matches(/^[A-Z]{2}$/)
  jurisdiction!: string;

  @IsString()
  @MaxLength(32)
  policyVersion!: string;
}

export const ScreeningOpened = defineEvent({
  type: 'nrm.identification.screening-opened',
  schemaVersion: 1,
  topic: Topics.identificationScreening,
  source: 'identification',
  payload: ScreeningOpenedV1,
});

/** A legal deadline of a case is close (approaching) or has passed (breached). */
export class DeadlineAlertV1 {
  @IsUUID()
  caseId!: string;

  @IsUUID()
  deadlineId!: string;

  @Matches(/^[A-Z]{2}-\d{4}-[0-9A-Z]{6}$/)
  caseReference!: string;

  /** What is due, e.g. `preliminary_decision`. */
  @Matches(/^[a-z_]{1,40}$/)
  kind!: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  dueOn!: string;

  /** The agency responsible for meeting it; its officers and supervisors are told. */
  @IsString()
  @MaxLength(64)
  responsibleAgencyId!: string;

  /** Working days left (approaching) or overdue (breached, negative). */
  @IsInt()
  workingDaysLeft!: number;
}

export const DeadlineApproaching = defineEvent({
  type: 'nrm.identification.deadline-approaching',
  schemaVersion: 1,
  topic: Topics.identificationScreening,
  source: 'identification',
  payload: DeadlineAlertV1,
});

export const DeadlineBreached = defineEvent({
  type: 'nrm.identification.deadline-breached',
  schemaVersion: 1,
  topic: Topics.identificationScreening,
  source: 'identification',
  payload: DeadlineAlertV1,
});

const CASE_REFERENCE = /^[A-Z]{2}-\d{4}-[0-9A-Z]{6}$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The reasonable-grounds decision: presumed victim or not. Reasons stay in identification. */
export class PreliminaryDecisionRecordedV1 {
  @IsUUID()
  caseId!: string;

  @Matches(CASE_REFERENCE)
  caseReference!: string;

  @IsIn(['positive', 'negative'])
  outcome!: 'positive' | 'negative';

  @IsISO8601({ strict: true })
  decidedAt!: string;

  @IsString()
  @MaxLength(64)
  decidedByAgencyId!: string;

  @IsString()
  @MaxLength(64)
  referringAgencyId!: string;

  /** Whether it was taken by its target date. */
  @IsBoolean()
  withinTarget!: boolean;

  /** Taken on reconsideration of an earlier negative decision. */
  @IsBoolean()
  reconsideration!: boolean;
}

export const PreliminaryDecisionRecorded = defineEvent({
  type: 'nrm.identification.preliminary-decision-recorded',
  schemaVersion: 1,
  topic: Topics.identificationScreening,
  source: 'identification',
  payload: PreliminaryDecisionRecordedV1,
});

/** Recovery and reflection period: support, and no removal, while it runs. */
export class RecoveryPeriodV1 {
  @IsUUID()
  caseId!: string;

  @Matches(LOCAL_DATE)
  startsOn!: string;

  @Matches(LOCAL_DATE)
  endsOn!: string;

  @IsInt()
  @Min(1)
  days!: number;

  /** Why it was extended (extensions only). */
  @IsOptional()
  @IsIn(['health', 'mental_health', 'intimidation', 'other'])
  extensionReason?: 'health' | 'mental_health' | 'intimidation' | 'other';
}

export const RecoveryPeriodStarted = defineEvent({
  type: 'nrm.identification.recovery-period-started',
  schemaVersion: 1,
  topic: Topics.identificationScreening,
  source: 'identification',
  payload: RecoveryPeriodV1,
});

export const RecoveryPeriodExtended = defineEvent({
  type: 'nrm.identification.recovery-period-extended',
  schemaVersion: 1,
  topic: Topics.identificationScreening,
  source: 'identification',
  payload: RecoveryPeriodV1,
});

export const RecoveryPeriodEnded = defineEvent({
  type: 'nrm.identification.recovery-period-ended',
  schemaVersion: 1,
  topic: Topics.identificationScreening,
  source: 'identification',
  payload: RecoveryPeriodV1,
});

/** The conclusive-grounds decision; a negative one is recorded here only once a second reviewer approved it. */
export class FinalDecisionRecordedV1 {
  @IsUUID()
  caseId!: string;

  @Matches(CASE_REFERENCE)
  caseReference!: string;

  @IsIn(['confirmed', 'not_confirmed'])
  outcome!: 'confirmed' | 'not_confirmed';

  @IsISO8601({ strict: true })
  decidedAt!: string;

  @IsString()
  @MaxLength(64)
  decidedByAgencyId!: string;

  @IsString()
  @MaxLength(64)
  referringAgencyId!: string;

  @IsBoolean()
  reconsideration!: boolean;
}

export const FinalDecisionRecorded = defineEvent({
  type: 'nrm.identification.final-decision-recorded',
  schemaVersion: 1,
  topic: Topics.identificationScreening,
  source: 'identification',
  payload: FinalDecisionRecordedV1,
});

/** A negative decision reopened on request with new information, with its own deadline. */
export class ReconsiderationRequestedV1 {
  @IsUUID()
  caseId!: string;

  @IsIn(['preliminary', 'final'])
  stage!: 'preliminary' | 'final';

  @IsString()
  @MaxLength(64)
  requestedByAgencyId!: string;

  @Matches(LOCAL_DATE)
  dueOn!: string;
}

export const ReconsiderationRequested = defineEvent({
  type: 'nrm.identification.reconsideration-requested',
  schemaVersion: 1,
  topic: Topics.identificationScreening,
  source: 'identification',
  payload: ReconsiderationRequestedV1,
});

/** A reconsidered decision was taken again; the decision itself is also recorded as usual. */
export class ReconsiderationDecidedV1 {
  @IsUUID()
  caseId!: string;

  @IsIn(['preliminary', 'final'])
  stage!: 'preliminary' | 'final';

  @IsIn(['positive', 'negative'])
  outcome!: 'positive' | 'negative';

  @IsISO8601({ strict: true })
  decidedAt!: string;
}

export const ReconsiderationDecided = defineEvent({
  type: 'nrm.identification.reconsideration-decided',
  schemaVersion: 1,
  topic: Topics.identificationScreening,
  source: 'identification',
  payload: ReconsiderationDecidedV1,
});

const INDICATOR_ID = /^[A-Za-z0-9-]{3,80}$/;
const CATALOGUE_VERSION = /^[a-z0-9][a-z0-9.+-]{0,39}$/;

/** Indicator screening outcomes: advice to the officer, never a decision. */
export const IndicatorOutcomes = ['indicated', 'labour-rights-case', 'not-indicated'] as const;
export type IndicatorOutcome = (typeof IndicatorOutcomes)[number];
export const IndicatorListIds = ['adult-labour', 'child-labour', 'adult-sexual', 'child-sexual'] as const;
export type IndicatorListId = (typeof IndicatorListIds)[number];
export const IndicatorDimensionIds = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6'] as const;
export type IndicatorDimensionId = (typeof IndicatorDimensionIds)[number];

export class AssessedDimensionV1 {
  @IsIn(IndicatorDimensionIds)
  dimension!: IndicatorDimensionId;

  @IsBoolean()
  positive!: boolean;

  /** The indicators found present in this dimension (ids of the catalogue version). */
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(INDICATOR_ID, { each: true })
  presentIndicatorIds!: string[];
}

export class AssessedListV1 {
  @IsIn(IndicatorListIds)
  list!: IndicatorListId;

  @IsIn(IndicatorOutcomes)
  outcome!: IndicatorOutcome;

  @IsArray()
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => AssessedDimensionV1)
  dimensions!: AssessedDimensionV1[];
}

/**
 * An indicator assessment was completed: per list and dimension, which indicators were found and
 * what the catalogue's rule advises. Evidence notes and answers' sources stay in identification.
 */
export class IndicatorsAssessedV1 {
  @IsUUID()
  caseId!: string;

  @IsUUID()
  assessmentId!: string;

  @Matches(CATALOGUE_VERSION)
  catalogueVersion!: string;

  @IsString()
  @MaxLength(40)
  ruleVersion!: string;

  @IsIn(IndicatorOutcomes)
  outcome!: IndicatorOutcome;

  /** False while a present or unanswered indicator has no established grade in the catalogue. */
  @IsBoolean()
  complete!: boolean;

  /** True when any grade it rests on has a single source, conflicting sources or none. */
  @IsBoolean()
  restsOnWeakProvenance!: boolean;

  @IsBoolean()
  personIsChild!: boolean;

  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => AssessedListV1)
  lists!: AssessedListV1[];

  /** A later assessment of the same case supersedes this one; earlier results are never changed. */
  @IsBoolean()
  reassessment!: boolean;

  @IsISO8601({ strict: true })
  assessedAt!: string;
}

export const IndicatorsAssessed = defineEvent({
  type: 'nrm.identification.indicators-assessed',
  schemaVersion: 1,
  topic: Topics.identificationScreening,
  source: 'identification',
  payload: IndicatorsAssessedV1,
});

/** The competent authority adopted an indicator catalogue version; assessments from now on use it. */
export class IndicatorCatalogueAdoptedV1 {
  @Matches(CATALOGUE_VERSION)
  catalogueVersion!: string;

  @IsOptional()
  @Matches(CATALOGUE_VERSION)
  previousVersion?: string;

  @IsString()
  @MaxLength(40)
  ruleVersion!: string;

  @Matches(/^[A-Z]{2}$/)
  jurisdiction!: string;

  @IsISO8601({ strict: true })
  adoptedAt!: string;
}

export const IndicatorCatalogueAdopted = defineEvent({
  type: 'nrm.identification.indicator-catalogue-adopted',
  schemaVersion: 1,
  topic: Topics.identificationScreening,
  source: 'identification',
  payload: IndicatorCatalogueAdoptedV1,
});

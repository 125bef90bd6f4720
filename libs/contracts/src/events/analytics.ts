import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  AgeBands,
  AgencyTypes,
  ExploitationTypes,
  MeansOfControl,
  RecruitmentMethods,
  ReferralChannels,
  Sexes,
} from '../vocabulary';
import type {
  AgeBand,
  AgencyType,
  ExploitationType,
  MeansOfControlValue,
  RecruitmentMethod,
  ReferralChannel,
  Sex,
} from '../vocabulary';
import { defineEvent } from '../event-definition';
import { AnalyticsTopics } from '../topics';
import { NeedTypes } from './protection';
import type { NeedType } from './protection';

/*
 * The analytics stream: what analysts outside the platform read. Every record is pseudonymised and
 * generalised: the subject (Kafka key) is a pseudonym keyed per audience, never a case id; dates are
 * months (YYYY-MM); ages are CTDC bands; durations are whole days. The same records go to every
 * audience's topic (AnalyticsTopics), each under that audience's pseudonyms; the definitions name the
 * national-statistics topic as their home.
 */

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A referral of a presumed victim (HTCDS/CTDC: gender, ageBroad, citizenship, typeOfExploit...). */
export class ReferralRecordedV1 {
  /** Month the referral was received. */
  @Matches(MONTH)
  month!: string;

  @IsIn(ReferralChannels)
  referralChannel!: ReferralChannel;

  /** Kind of the referring agency, never the agency itself. */
  @IsIn([...AgencyTypes, 'unknown'])
  referringAgencyType!: AgencyType | 'unknown';

  @IsIn(AgeBands)
  ageBand!: AgeBand;

  @IsBoolean()
  child!: boolean;

  @IsIn(Sexes)
  sex!: Sex;

  @IsArray()
  @ArrayMaxSize(5)
  @IsISO31661Alpha2({ each: true })
  nationalities!: string[];

  @IsArray()
  @ArrayMaxSize(ExploitationTypes.length)
  @IsIn(ExploitationTypes, { each: true })
  exploitationTypes!: ExploitationType[];

  @IsArray()
  @ArrayMaxSize(MeansOfControl.length)
  @IsIn(MeansOfControl, { each: true })
  meansOfControl!: MeansOfControlValue[];

  @IsIn(RecruitmentMethods)
  recruitmentMethod!: RecruitmentMethod;

  /** Danger to life, medical urgency or flight risk was raised at referral. */
  @IsBoolean()
  immediateRisk!: boolean;
}

export const ReferralRecorded = defineEvent({
  type: 'nrm.analytics.referral-recorded',
  schemaVersion: 1,
  topic: AnalyticsTopics['national-statistics'],
  source: 'analytics',
  payload: ReferralRecordedV1,
});

/** An anonymous notice: counted in statistics, never linked to a person or a case. */
export class AnonymousNoticeCountedV1 {
  @Matches(MONTH)
  month!: string;

  @IsIn(ReferralChannels)
  referralChannel!: ReferralChannel;

  @IsIn(AgeBands)
  ageBand!: AgeBand;

  @IsIn(Sexes)
  sex!: Sex;

  @IsArray()
  @ArrayMaxSize(5)
  @IsISO31661Alpha2({ each: true })
  nationalities!: string[];

  @IsArray()
  @ArrayMaxSize(ExploitationTypes.length)
  @IsIn(ExploitationTypes, { each: true })
  exploitationTypes!: ExploitationType[];
}

export const AnonymousNoticeCounted = defineEvent({
  type: 'nrm.analytics.anonymous-notice-counted',
  schemaVersion: 1,
  topic: AnalyticsTopics['national-statistics'],
  source: 'analytics',
  payload: AnonymousNoticeCountedV1,
});

/** Stages of a case that statistics count, in lifecycle order. */
export const CaseStages = [
  'referral_withdrawn',
  'screening_opened',
  'indicators_assessed',
  'preliminary_decision',
  'recovery_period_started',
  'final_decision',
  'reconsideration_decided',
  'protection_opened',
  'service_referred',
  'service_delivered',
  'shelter_placed',
  'return_completed',
  'protection_closed',
  'investigation_linked',
  'victim_testimony_arranged',
] as const;
export type CaseStage = (typeof CaseStages)[number];

export const StageOutcomes = [
  'positive',
  'negative',
  'confirmed',
  'not_confirmed',
  'child',
  'urgent_risk',
  'presumed_victim',
  // The advice of an indicator assessment (IndicatorOutcomes of identification).
  'indicated',
  'labour-rights-case',
  'not-indicated',
] as const;
export type StageOutcome = (typeof StageOutcomes)[number];

/** A case reached a stage: the month, the outcome where there is one, and the days since referral. */
export class CaseStageReachedV1 {
  @IsIn(CaseStages)
  stage!: CaseStage;

  @Matches(MONTH)
  month!: string;

  @IsOptional()
  @IsIn(StageOutcomes)
  outcome?: StageOutcome;

  /** The kind of service for service stages. */
  @IsOptional()
  @IsIn(NeedTypes)
  serviceType?: NeedType;

  /** Whole days from the referral to this stage; absent when the referral was not seen first. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(36_500)
  daysSinceReferral?: number;
}

export const CaseStageReached = defineEvent({
  type: 'nrm.analytics.case-stage-reached',
  schemaVersion: 1,
  topic: AnalyticsTopics['national-statistics'],
  source: 'analytics',
  payload: CaseStageReachedV1,
});

export const ProsecutionStages = [
  'investigation_opened',
  'charges_filed',
  'verdict',
  'appeal_filed',
  'compensation_ordered',
  'investigation_closed',
] as const;
export type ProsecutionStage = (typeof ProsecutionStages)[number];

/**
 * A proceeding reached a stage. The subject is a pseudonym of the investigation (not of a case);
 * articles are `lawCode:article` of the law catalogue (`kw-91-2013:2`); suspects are never identified.
 */
export class ProsecutionStageReachedV1 {
  @IsIn(ProsecutionStages)
  stage!: ProsecutionStage;

  @Matches(MONTH)
  month!: string;

  /** The article charged or decided on, as `lawCode:article`. */
  @IsOptional()
  @IsString()
  @MaxLength(80)
  article?: string;

  @IsOptional()
  @IsIn(['convicted', 'acquitted', 'dismissed'])
  verdictOutcome?: 'convicted' | 'acquitted' | 'dismissed';

  /** Number of referred cases linked to the investigation when it reached this stage. */
  @IsInt()
  @Min(0)
  @Max(10_000)
  linkedCases!: number;
}

export const ProsecutionStageReached = defineEvent({
  type: 'nrm.analytics.prosecution-stage-reached',
  schemaVersion: 1,
  topic: AnalyticsTopics['national-statistics'],
  source: 'analytics',
  payload: ProsecutionStageReachedV1,
});

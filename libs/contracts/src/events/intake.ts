import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  AgeBands,
  AgencyTypes,
  ConsentPurposes,
  ErasureLegalBases,
  ExploitationTypes,
  ImmediateRisks,
  MeansOfControl,
  RecruitmentMethods,
  ReferralChannels,
  Sexes,
} from '../vocabulary';
import type {
  AgeBand,
  ErasureLegalBasis,
  AgencyType,
  ConsentPurpose,
  ExploitationType,
  ImmediateRisk,
  MeansOfControlValue,
  RecruitmentMethod,
  ReferralChannel,
  Sex,
} from '../vocabulary';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';

/**
 * A first responder's referral was received. Carries only the non-identifying facts other services
 * need; the person's identity stays encrypted in intake.
 */
export class ReferralReceivedV1 {
  @IsUUID()
  caseId!: string;

  @Matches(/^[A-Z]{2}-\d{4}-[0-9A-Z]{6}$/)
  caseReference!: string;

  @IsString()
  @MaxLength(64)
  referringAgencyId!: string;

  @IsIn(ReferralChannels)
  referralChannel!: ReferralChannel;

  @IsISO8601({ strict: true })
  referredAt!: string;

  /** Under 18 or of unknown age: handled as a child until an age assessment. */
  @IsBoolean()
  personIsChild!: boolean;

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
  @ArrayMaxSize(ImmediateRisks.length)
  @IsIn(ImmediateRisks, { each: true })
  immediateRisks!: ImmediateRisk[];

  @IsBoolean()
  interpreterNeeded!: boolean;

  @IsIn(AgeBands)
  ageBand!: AgeBand;

  @IsArray()
  @ArrayMaxSize(MeansOfControl.length)
  @IsIn(MeansOfControl, { each: true })
  meansOfControl!: MeansOfControlValue[];

  @IsIn(RecruitmentMethods)
  recruitmentMethod!: RecruitmentMethod;

  /** A child or an urgent risk: protection opens at once, before any identification decision. */
  @IsBoolean()
  requiresImmediateProtection!: boolean;

  /** Earlier anonymous notices of the same person that this consented referral joins. */
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  joinedAnonymousNoticeIds!: string[];

  /**
   * Agency types the person agreed at referral their data may be shared with (later changes come as
   * consent-changed). Absent in events recorded before it was added: no sharing.
   */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(AgencyTypes.length)
  @IsIn(AgencyTypes, { each: true })
  dataSharingAgencyTypes?: AgencyType[];

  /**
   * The person agreed at referral to pseudonymous record-level use beyond national statistics (later
   * changes come as consent-changed with purpose `statistics`). Absent in older events: not agreed.
   */
  @IsOptional()
  @IsBoolean()
  statisticsConsent?: boolean;
}

export const ReferralReceived = defineEvent({
  type: 'nrm.intake.referral-received',
  schemaVersion: 1,
  topic: Topics.intakeReferral,
  source: 'intake',
  payload: ReferralReceivedV1,
});

/** Facts of a referral that other services may act on, repeated after every amendment. */
export class ReferralAmendedV1 {
  @IsUUID()
  caseId!: string;

  @IsInt()
  @Min(2)
  version!: number;

  /** Which sections changed (e.g. `person`, `exploitationTypes`), never their values. */
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[a-zA-Z]+$/, { each: true })
  changedSections!: string[];

  @IsString()
  @MaxLength(64)
  amendedByAgencyId!: string;

  @IsISO8601({ strict: true })
  amendedAt!: string;

  @IsBoolean()
  personIsChild!: boolean;

  @IsIn(Sexes)
  sex!: Sex;

  @IsArray()
  @ArrayMaxSize(5)
  @IsISO31661Alpha2({ each: true })
  nationalities!: string[];

  @IsIn(AgeBands)
  ageBand!: AgeBand;

  @IsArray()
  @IsIn(ExploitationTypes, { each: true })
  exploitationTypes!: ExploitationType[];

  @IsArray()
  @IsIn(MeansOfControl, { each: true })
  meansOfControl!: MeansOfControlValue[];

  @IsArray()
  @IsIn(ImmediateRisks, { each: true })
  immediateRisks!: ImmediateRisk[];

  @IsBoolean()
  requiresImmediateProtection!: boolean;
}

export const ReferralAmended = defineEvent({
  type: 'nrm.intake.referral-amended',
  schemaVersion: 1,
  topic: Topics.intakeReferral,
  source: 'intake',
  payload: ReferralAmendedV1,
});

/** The referrer withdrew its referral; the reason stays in intake. */
export class ReferralWithdrawnV1 {
  @IsUUID()
  caseId!: string;

  @IsString()
  @MaxLength(64)
  withdrawnByAgencyId!: string;

  @IsISO8601({ strict: true })
  withdrawnAt!: string;
}

export const ReferralWithdrawn = defineEvent({
  type: 'nrm.intake.referral-withdrawn',
  schemaVersion: 1,
  topic: Topics.intakeReferral,
  source: 'intake',
  payload: ReferralWithdrawnV1,
});

/**
 * The competent authority erased the case's personal data: every service destroys its data key for
 * the case (crypto-shredding). What is left is pseudonymous: statuses, dates, codes, statistics.
 */
export class PersonalDataErasedV1 {
  @IsUUID()
  caseId!: string;

  @IsIn(ErasureLegalBases)
  legalBasis!: ErasureLegalBasis;

  @IsString()
  @MaxLength(64)
  erasedByAgencyId!: string;

  @IsISO8601({ strict: true })
  erasedAt!: string;
}

export const PersonalDataErased = defineEvent({
  type: 'nrm.intake.personal-data-erased',
  schemaVersion: 1,
  topic: Topics.intakeReferral,
  source: 'intake',
  payload: PersonalDataErasedV1,
});

/** Danger to life or medical urgency: everyone who must act is alerted at once. */
export class UrgentRiskRaisedV1 {
  @IsUUID()
  caseId!: string;

  @Matches(/^[A-Z]{2}-\d{4}-[0-9A-Z]{6}$/)
  caseReference!: string;

  @IsArray()
  @ArrayMaxSize(ImmediateRisks.length)
  @IsIn(ImmediateRisks, { each: true })
  risks!: ImmediateRisk[];

  @IsBoolean()
  personIsChild!: boolean;

  @IsString()
  @MaxLength(64)
  referringAgencyId!: string;

  /** Agencies the jurisdiction's policy alerts on an urgent risk. */
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  alertAgencyIds!: string[];

  @IsISO8601({ strict: true })
  raisedAt!: string;
}

export const UrgentRiskRaised = defineEvent({
  type: 'nrm.intake.urgent-risk-raised',
  schemaVersion: 1,
  topic: Topics.intakeReferral,
  source: 'intake',
  payload: UrgentRiskRaisedV1,
});

/** Consent for one purpose was given or withdrawn; services stop what it no longer covers. */
export class ConsentChangedV1 {
  @IsUUID()
  caseId!: string;

  @IsIn(ConsentPurposes)
  purpose!: ConsentPurpose;

  @IsBoolean()
  granted!: boolean;

  /** For data sharing: the agency types the person agreed to share with. */
  @IsArray()
  @ArrayMaxSize(AgencyTypes.length)
  @IsIn(AgencyTypes, { each: true })
  sharingAgencyTypes!: AgencyType[];

  @IsString()
  @MaxLength(64)
  recordedByAgencyId!: string;

  @IsISO8601({ strict: true })
  changedAt!: string;
}

export const ConsentChanged = defineEvent({
  type: 'nrm.intake.consent-changed',
  schemaVersion: 1,
  topic: Topics.intakeReferral,
  source: 'intake',
  payload: ConsentChangedV1,
});

/**
 * An adult declined referral: only these statistical facts are kept. The subject and key are the
 * notice id; there is no case.
 */
export class AnonymousNoticeRecordedV1 {
  @IsUUID()
  noticeId!: string;

  @IsString()
  @MaxLength(64)
  recordedByAgencyId!: string;

  @IsIn(ReferralChannels)
  channel!: ReferralChannel;

  @IsIn(Sexes)
  sex!: Sex;

  @IsArray()
  @ArrayMaxSize(5)
  @IsISO31661Alpha2({ each: true })
  nationalities!: string[];

  @IsIn(AgeBands)
  ageBand!: AgeBand;

  @IsArray()
  @ArrayMaxSize(ExploitationTypes.length)
  @IsIn(ExploitationTypes, { each: true })
  exploitationTypes!: ExploitationType[];

  /** Month of the encounter (YYYY-MM): statistics need no more. */
  @Matches(/^\d{4}-\d{2}$/)
  encounterMonth!: string;

  /** Coarse place: ISO 3166-2 subdivision code, e.g. KW-FA. */
  @IsOptional()
  @Matches(/^[A-Z]{2}-[A-Z0-9]{1,3}$/)
  region?: string;

  /** Whether the jurisdiction's policy had the notice reported to the police. */
  @IsBoolean()
  reportedToPolice!: boolean;

  /** The police agency it was reported to, when it was. */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  reportedToAgencyId?: string;
}

export const AnonymousNoticeRecorded = defineEvent({
  type: 'nrm.intake.anonymous-notice-recorded',
  schemaVersion: 1,
  topic: Topics.intakeReferral,
  source: 'intake',
  payload: AnonymousNoticeRecordedV1,
});

/** Two referrals likely concern the same person; a supervisor confirms or rejects. Never merged. */
export class DuplicateSuspectedV1 {
  @IsUUID()
  linkId!: string;

  @IsUUID()
  caseId!: string;

  @IsUUID()
  otherCaseId!: string;

  @IsNumber({ maxDecimalPlaces: 3 })
  @Min(0)
  @Max(1)
  score!: number;

  /** Which kinds of identifier matched (document, name, birth_date, birth_year, nationality). */
  @IsArray()
  @ArrayMaxSize(5)
  @IsIn(['document', 'name', 'birth_date', 'birth_year', 'nationality'], { each: true })
  matchedOn!: string[];
}

export const DuplicateSuspected = defineEvent({
  type: 'nrm.intake.duplicate-suspected',
  schemaVersion: 1,
  topic: Topics.intakeReferral,
  source: 'intake',
  payload: DuplicateSuspectedV1,
});

export class DuplicateDecidedV1 {
  @IsUUID()
  linkId!: string;

  @IsUUID()
  caseId!: string;

  @IsUUID()
  otherCaseId!: string;

  @IsString()
  @MaxLength(64)
  decidedByAgencyId!: string;

  @IsISO8601({ strict: true })
  decidedAt!: string;
}

export const DuplicateConfirmed = defineEvent({
  type: 'nrm.intake.duplicate-confirmed',
  schemaVersion: 1,
  topic: Topics.intakeReferral,
  source: 'intake',
  payload: DuplicateDecidedV1,
});

export const DuplicateRejected = defineEvent({
  type: 'nrm.intake.duplicate-rejected',
  schemaVersion: 1,
  topic: Topics.intakeReferral,
  source: 'intake',
  payload: DuplicateDecidedV1,
});

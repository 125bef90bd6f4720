import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HearingTypes, ProtectiveMeasures, SuspectRoles, VerdictOutcomes } from '@nrm/contracts';
import { SuspectIdentityDto } from './prosecution';

/*
 * What prosecution tracking answers: investigations, their suspects, charges, hearings, testimony,
 * verdicts, appeals and compensation, and the committee's prosecution figures.
 */

const INVESTIGATION_STATUSES = ['open', 'closed'] as const;
const SUSPECT_KINDS = ['person', 'legal_person'] as const;
const HEARING_STATUSES = ['scheduled', 'held', 'postponed'] as const;
const APPEAL_PARTIES = ['prosecution', 'defence'] as const;

/** An investigation in the agency's list. */
export class InvestigationSummaryResponse {
  @ApiProperty({ format: 'uuid' }) investigationId!: string;
  @ApiProperty({ enum: INVESTIGATION_STATUSES }) status!: string;
  @ApiProperty({ example: 'kw-moi-police', description: 'The agency that opened it' }) leadAgencyId!: string;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ type: 'integer', description: 'How many referred cases (victims) it concerns' })
  cases!: number;
}

/** The investigations the agency works, newest first (at most 200). */
export class InvestigationSummaryPage {
  @ApiProperty({ type: [InvestigationSummaryResponse] }) items!: InvestigationSummaryResponse[];
}

/** A new investigation, led by the opener's agency. */
export class InvestigationOpenedResponse {
  @ApiProperty({ format: 'uuid' }) investigationId!: string;
  @ApiProperty({ enum: ['open'] }) status!: string;
  @ApiProperty({ type: [String], format: 'uuid', description: 'The cases linked, each once' })
  caseIds!: string[];
}

/** A suspect of an investigation; the identity only for its investigators and prosecutors. */
export class InvestigationSuspectResponse {
  @ApiProperty({ format: 'uuid' }) suspectId!: string;
  @ApiProperty({ enum: SUSPECT_KINDS }) kind!: string;
  @ApiProperty({ enum: SuspectRoles }) role!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'KW',
    description: 'ISO 3166-1 alpha-2; null when not known',
  })
  nationality!: string | null;

  @ApiPropertyOptional({
    type: SuspectIdentityDto,
    description: "As recorded; absent for readers who may not see suspects' identities",
  })
  identity?: SuspectIdentityDto;
}

/** A charge in its current version. */
export class InvestigationChargeResponse {
  @ApiProperty({ format: 'uuid' }) chargeId!: string;
  @ApiProperty({ format: 'uuid' }) suspectId!: string;
  @ApiProperty({ example: 'kw-91-2013', description: "A catalogued law, or 'other'" }) lawCode!: string;
  @ApiProperty({ example: '2' }) article!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The law cited by reference with lawCode 'other'; null otherwise",
  })
  otherLawReference!: string | null;

  @ApiProperty({ type: [String], example: ['transnational'] }) aggravatingCircumstances!: string[];
  @ApiProperty({ type: 'integer', description: 'Each amendment makes a new version; the first is 1' })
  version!: number;
}

/** A victim's testimony at a hearing. */
export class HearingTestimonyResponse {
  @ApiProperty({ format: 'uuid', description: "The victim's case" }) caseId!: string;
  @ApiProperty({ enum: ProtectiveMeasures, isArray: true }) measures!: string[];
}

/** A hearing of an investigation. */
export class InvestigationHearingResponse {
  @ApiProperty({ format: 'uuid' }) hearingId!: string;
  @ApiProperty({ enum: HearingTypes }) hearingType!: string;
  @ApiProperty() court!: string;
  @ApiProperty({ format: 'date', example: '2027-01-20' }) scheduledOn!: string;
  @ApiProperty({
    enum: HEARING_STATUSES,
    description: 'A postponed hearing is scheduled again on its new date',
  })
  status!: string;

  @ApiProperty() closedSession!: boolean;
  @ApiProperty({ type: [HearingTestimonyResponse] }) testimonies!: HearingTestimonyResponse[];
}

/** A verdict on a charge at one court level, with the parties that appealed it. */
export class InvestigationVerdictResponse {
  @ApiProperty({ format: 'uuid' }) verdictId!: string;
  @ApiProperty({ format: 'uuid' }) chargeId!: string;
  @ApiProperty({ format: 'uuid' }) suspectId!: string;
  @ApiProperty({ enum: VerdictOutcomes }) outcome!: string;
  @ApiProperty({ enum: HearingTypes }) courtLevel!: string;
  @ApiProperty({ format: 'date', example: '2027-03-01' }) decidedOn!: string;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Months of imprisonment (convictions); null when none was given',
  })
  sentenceMonths!: number | null;

  @ApiProperty() lifeImprisonment!: boolean;
  @ApiProperty({ enum: APPEAL_PARTIES, isArray: true, description: 'The parties that appealed it' })
  appealsBy!: string[];
}

/** An investigation as its agencies see it: cases, suspects, charges, hearings and verdicts. */
export class InvestigationResponse {
  @ApiProperty({ format: 'uuid' }) investigationId!: string;
  @ApiProperty({ enum: INVESTIGATION_STATUSES }) status!: string;
  @ApiProperty({ example: 'kw-moi-police' }) leadAgencyId!: string;
  @ApiProperty({ type: [String], description: 'The agencies that work it, sorted' }) agencyIds!: string[];
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'The referred cases (victims) it concerns, sorted',
  })
  caseIds!: string[];

  @ApiProperty({ type: [InvestigationSuspectResponse], description: 'In the order added' })
  suspects!: InvestigationSuspectResponse[];

  @ApiProperty({ type: [InvestigationChargeResponse], description: 'In the order filed' })
  charges!: InvestigationChargeResponse[];

  @ApiProperty({ type: [InvestigationHearingResponse], description: 'By date' })
  hearings!: InvestigationHearingResponse[];

  @ApiProperty({ type: [InvestigationVerdictResponse], description: 'By date' })
  verdicts!: InvestigationVerdictResponse[];
}

/** The agencies that work an investigation, after one joined. */
export class InvestigationAgenciesResponse {
  @ApiProperty({ format: 'uuid' }) investigationId!: string;
  @ApiProperty({ type: [String], description: 'Sorted' }) agencyIds!: string[];
}

/** The cases an investigation concerns, after one was linked. */
export class InvestigationCasesResponse {
  @ApiProperty({ format: 'uuid' }) investigationId!: string;
  @ApiProperty({ type: [String], format: 'uuid', description: 'Sorted' }) caseIds!: string[];
}

/** A closed investigation. */
export class InvestigationClosedResponse {
  @ApiProperty({ format: 'uuid' }) investigationId!: string;
  @ApiProperty({ enum: ['closed'] }) status!: string;
}

/** A suspect added (the identity is not repeated). */
export class SuspectAddedResponse {
  @ApiProperty({ format: 'uuid' }) suspectId!: string;
  @ApiProperty({ enum: SUSPECT_KINDS }) kind!: string;
  @ApiProperty({ enum: SuspectRoles }) role!: string;
}

/** A charge filed (version 1) or amended (the new version). */
export class ChargeVersionResponse {
  @ApiProperty({ format: 'uuid' }) chargeId!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
}

/** A hearing scheduled or held. */
export class HearingStatusResponse {
  @ApiProperty({ format: 'uuid' }) hearingId!: string;
  @ApiProperty({ enum: ['scheduled', 'held'] }) status!: string;
}

/** A postponed hearing, scheduled again on its new date. */
export class HearingPostponedResponse {
  @ApiProperty({ format: 'uuid' }) hearingId!: string;
  @ApiProperty({ enum: ['scheduled'] }) status!: string;
  @ApiProperty({ format: 'date', example: '2027-02-10' }) scheduledOn!: string;
}

/** A victim's testimony arranged, with its protective measures (each once). */
export class TestimonyArrangedResponse {
  @ApiProperty({ format: 'uuid' }) hearingId!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: ProtectiveMeasures, isArray: true }) measures!: string[];
}

/** A verdict recorded. */
export class VerdictRecordedResponse {
  @ApiProperty({ format: 'uuid' }) verdictId!: string;
  @ApiProperty({ enum: VerdictOutcomes }) outcome!: string;
}

/** An appeal recorded. */
export class AppealFiledResponse {
  @ApiProperty({ format: 'uuid' }) appealId!: string;
}

/** A compensation order recorded, not yet paid. */
export class CompensationOrderedResponse {
  @ApiProperty({ format: 'uuid' }) compensationId!: string;
  @ApiProperty({ enum: [false] }) paid!: boolean;
}

/** A compensation order recorded as paid. */
export class CompensationPaidResponse {
  @ApiProperty({ format: 'uuid' }) compensationId!: string;
  @ApiProperty({ enum: [true] }) paid!: boolean;
  @ApiProperty({ format: 'date', example: '2027-05-01' }) paidOn!: string;
}

/** Verdicts of the year by outcome; an outcome with none counts 0. */
export class VerdictOutcomeCountsResponse {
  @ApiProperty({ type: 'integer' }) convicted!: number;
  @ApiProperty({ type: 'integer' }) acquitted!: number;
  @ApiProperty({ type: 'integer' }) dismissed!: number;
}

/** Convictions of the year under one article of a law. */
export class ArticleConvictionsResponse {
  @ApiProperty({ example: 'kw-91-2013' }) lawCode!: string;
  @ApiProperty({ example: '2' }) article!: string;
  @ApiProperty({ type: 'integer' }) convictions!: number;
}

/** Days from a case's referral to a verdict, over the year's verdicts whose referral date is known. */
export class ReferralToVerdictDaysResponse {
  @ApiProperty({ type: 'integer', description: 'How many verdicts the figures are over' }) verdicts!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'null when there are no verdicts' })
  median!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'To one decimal; null when there are no verdicts',
  })
  mean!: number | null;
}

/** The national committee's prosecution figures for a year. */
export class ProsecutionStatisticsResponse {
  @ApiProperty({ type: 'integer', example: 2027 }) year!: number;
  @ApiProperty({ type: 'integer', description: 'Investigations opened in the year' })
  investigationsOpened!: number;

  @ApiProperty({ type: 'integer', description: 'Investigations with a charge filed in the year' })
  prosecutions!: number;

  @ApiProperty({ type: VerdictOutcomeCountsResponse }) verdictsByOutcome!: VerdictOutcomeCountsResponse;
  @ApiProperty({
    type: [ArticleConvictionsResponse],
    description: 'Most convictions first, then by law and article',
  })
  convictionsByArticle!: ArticleConvictionsResponse[];

  @ApiProperty({ type: ReferralToVerdictDaysResponse }) referralToVerdictDays!: ReferralToVerdictDaysResponse;
}

/** An aggravating circumstance a charge under the article may cite. */
export class AggravatingCircumstanceResponse {
  @ApiProperty({ example: 'vulnerable_victim' }) code!: string;
  @ApiProperty({ example: 'The victim is a child, a woman or a person with a disability' }) en!: string;
}

/** An article of a catalogued law a charge may cite, as the catalogue summarises it. */
export class LawArticleResponse {
  @ApiProperty({ example: 'kw-91-2013' }) lawCode!: string;
  @ApiProperty({ example: '2' }) article!: string;
  @ApiProperty({ example: 'Trafficking in persons' }) offenceEn!: string;
  @ApiProperty({ example: 'الاتجار بالأشخاص' }) offenceAr!: string;
  @ApiProperty({ description: 'The penalty as the cited sources state it' }) penaltyEn!: string;
  @ApiProperty({ type: [AggravatingCircumstanceResponse] })
  aggravatingCircumstances!: AggravatingCircumstanceResponse[];
  @ApiProperty({ example: '2026.1' }) catalogueVersion!: string;
}

/** The articles of the law catalogue, by law and article. */
export class LawCataloguePage {
  @ApiProperty({ type: [LawArticleResponse] }) items!: LawArticleResponse[];
}

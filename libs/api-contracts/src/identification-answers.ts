import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { objectOrNull, orNull } from './nullable-schemas';
import { IndicatorDimensionIds, IndicatorListIds, IndicatorOutcomes } from '@nrm/contracts';
import type { IndicatorDimensionId, IndicatorListId, IndicatorOutcome } from '@nrm/contracts';
import { EvidenceSources, IndicatorAnswerValues } from './identification';

// What identification answers: screenings, decisions, indicator assessments and catalogues.

/** The victim-status decision process: where a screening stands. */
export const ScreeningStatuses = [
  'open', // awaiting the preliminary (reasonable grounds) decision
  'not_presumed', // negative preliminary decision
  'in_recovery', // positive preliminary decision; recovery and reflection period running
  'awaiting_final', // recovery period over; conclusive grounds decision due
  'final_negative_pending_approval', // negative final decision awaiting a second reviewer
  'confirmed', // conclusive grounds: confirmed victim
  'not_confirmed', // conclusive grounds: not confirmed (approved)
  'reconsidering_preliminary',
  'reconsidering_final',
  'closed', // referral withdrawn
] as const;
export type ScreeningStatus = (typeof ScreeningStatuses)[number];

export const DecisionStages = ['preliminary', 'final'] as const;
export const DecisionOutcomes = ['positive', 'negative'] as const;
/** The second review of a negative final decision. */
export const DecisionReviews = ['pending', 'approved', 'sent_back'] as const;
export const DeadlineKinds = ['preliminary_decision', 'reconsideration', 'recovery_period_end'] as const;
/** `done`: a recovery period's end that has come. */
export const DeadlineStatuses = ['pending', 'met', 'cancelled', 'done'] as const;
export const PalermoElements = ['act', 'means', 'purpose'] as const;

export const IndicatorAssessmentStatuses = ['in_progress', 'completed'] as const;
export const IndicatorCatalogueStatuses = ['proposed', 'active', 'retired'] as const;
export const IndicatorGrades = ['strong', 'medium', 'weak'] as const;
/** How well a grade (or the rule) is established. */
export const IndicatorConfidences = [
  /** Two independent sources agree. */
  'two-sources',
  /** Seen in one source only. */
  'single-source',
  /** Sources disagree; the catalogue's grade is one of them and the others are listed. */
  'conflict',
  /** Set by the national authority (national additions, or a grade the authority decided). */
  'set-by-authority',
  /** No source establishes a grade: the indicator is asked and recorded, but cannot count. */
  'not-established',
] as const;
export type IndicatorGrade = (typeof IndicatorGrades)[number];
export type IndicatorConfidence = (typeof IndicatorConfidences)[number];

// OpenAPI 3.0's `nullable` adds null to the type only: an enum, or a reference beside it, still
// refuses null unless it names it. These say "or null" so that validators accept it.

/** A code of the list, or null. */

/** What a decision, extension or request on a screening answers: the status it leaves it in. */
export class ScreeningStatusResponse {
  @ApiProperty({ enum: ScreeningStatuses, description: "The screening's status after the change" })
  status!: ScreeningStatus;
}

/** A screening in the competent authority's queue. */
export class QueuedScreening {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() caseReference!: string;
  @ApiProperty({ enum: ScreeningStatuses }) status!: string;
  @ApiProperty({ description: 'The person is handled as a child' }) personIsChild!: boolean;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({
    format: 'date',
    type: String,
    nullable: true,
    description: "The nearest pending decision deadline (not the recovery period's end); null when none",
  })
  nextDueOn!: string | null;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: 3,
    description:
      "Working days from today to nextDueOn by the jurisdiction's calendar: 0 due today, negative overdue; null without a deadline",
  })
  workingDaysLeft!: number | null;
}

/** The queue of one status, the nearest deadline first, then the oldest (at most 500). */
export class ScreeningQueuePage {
  @ApiProperty({ type: [QueuedScreening] }) items!: QueuedScreening[];
}

/** A decision's outcome as a screening shows it: never its reasons. */
export class ScreeningDecisionOutcome {
  @ApiProperty({ enum: DecisionStages }) stage!: string;
  @ApiProperty({ enum: DecisionOutcomes }) outcome!: string;
  @ApiProperty({ format: 'date-time' }) decidedAt!: string;
  @ApiProperty({ description: 'Decided on a request for reconsideration' }) reconsideration!: boolean;
  @ApiProperty({
    enum: orNull(DecisionReviews),
    nullable: true,
    description: "A negative final decision's second review (pending only to the authority); null for others",
  })
  review!: string | null;
}

export class ScreeningDeadline {
  @ApiProperty({ enum: DeadlineKinds }) kind!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ enum: DeadlineStatuses }) status!: string;
}

/** The latest indicator assessment of a case and its advice, in brief. */
export class LatestIndicatorAssessment {
  @ApiProperty({ format: 'uuid' }) assessmentId!: string;
  @ApiProperty() catalogueVersion!: string;
  @ApiProperty({ enum: IndicatorAssessmentStatuses }) status!: string;
  @ApiProperty({ enum: IndicatorOutcomes, description: 'The advice: never a decision' }) outcome!: string;
  @ApiProperty({ description: 'False while an ungraded indicator could still change the advice' })
  complete!: boolean;
}

/**
 * A screening as the agency may see it: the referrer sees the outcomes of its referral; the assigned
 * authority sees the screening, its pending reviews and its latest indicator advice.
 */
@ApiExtraModels(LatestIndicatorAssessment)
export class ScreeningResponse {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() caseReference!: string;
  @ApiProperty({ format: 'uuid' }) screeningId!: string;
  @ApiProperty({ enum: ScreeningStatuses }) status!: string;
  @ApiProperty({ description: 'The competent authority the screening is assigned to' })
  assignedAgencyId!: string;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) preliminaryDecisionDueOn!: string | null;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'null until the recovery period starts',
  })
  recoveryEndsOn!: string | null;
  @ApiProperty({ type: [ScreeningDecisionOutcome], description: 'In the order they were made' })
  decisions!: ScreeningDecisionOutcome[];
  @ApiProperty({ type: [ScreeningDeadline], description: 'In the order they were set' })
  deadlines!: ScreeningDeadline[];
  @ApiPropertyOptional({
    ...objectOrNull(LatestIndicatorAssessment),
    description: 'For the assigned authority only (absent for the referrer); null before any assessment',
  })
  latestIndicatorAssessment?: LatestIndicatorAssessment | null;
}

/** The Palermo test's result: it advises; the officer decides. */
export class PalermoTestResponse {
  @ApiProperty({ description: 'Every element required is present' }) satisfied!: boolean;
  @ApiProperty({ description: 'False for a child: the means are not required' }) meansRequired!: boolean;
  @ApiProperty({ enum: PalermoElements, isArray: true, description: 'The elements required but not present' })
  missing!: (typeof PalermoElements)[number][];
}

/** A text in English and Arabic. */
export class IndicatorText {
  @ApiProperty() en!: string;
  @ApiProperty() ar!: string;
}

/** A source the catalogue's grades and rule rest on. */
export class IndicatorSource {
  @ApiProperty() id!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional() url?: string;
  @ApiPropertyOptional({ description: 'The publication it reports on, e.g. `WCMS_105023`' })
  publication?: string;
}

export class IndicatorGradeAlternative {
  @ApiProperty({ enum: IndicatorGrades }) grade!: IndicatorGrade;
  @ApiProperty({ type: [String], description: "Ids of the catalogue's sources" }) sources!: string[];
}

/** Where a grade (or the rule) came from, and how well it is established. */
export class IndicatorProvenance {
  @ApiProperty({ type: [String], description: "Ids of the catalogue's sources" }) sources!: string[];
  @ApiProperty({ enum: IndicatorConfidences }) confidence!: IndicatorConfidence;
  @ApiPropertyOptional({
    type: [IndicatorGradeAlternative],
    description: 'For a conflict: the grades other sources give',
  })
  alternatives?: IndicatorGradeAlternative[];
  @ApiPropertyOptional() note?: string;
}

export class IndicatorDefinition {
  @ApiProperty({ description: 'Stable across catalogue versions', example: 'AL-D1-deceived-about-job' })
  id!: string;
  @ApiProperty({ enum: IndicatorDimensionIds }) dimension!: IndicatorDimensionId;
  @ApiProperty({ type: IndicatorText }) label!: IndicatorText;
  @ApiProperty({ type: IndicatorText, description: 'What to ask or look for' }) guidance!: IndicatorText;
  @ApiProperty({
    enum: orNull(IndicatorGrades),
    nullable: true,
    description: 'null where no grade is established: asked and recorded, but it cannot count',
  })
  grade!: IndicatorGrade | null;
  @ApiProperty({ type: IndicatorProvenance }) provenance!: IndicatorProvenance;
  @ApiPropertyOptional({
    description: 'A national addition (ISO 3166 country code), not of the ILO/EC lists',
  })
  national?: string;
}

/** One list of indicators: for an age and a kind of exploitation. */
export class IndicatorListDefinition {
  @ApiProperty({ enum: IndicatorListIds }) id!: IndicatorListId;
  @ApiProperty({ type: IndicatorText }) label!: IndicatorText;
  @ApiProperty({ enum: ['adult', 'child'] }) age!: 'adult' | 'child';
  @ApiProperty({ enum: ['labour', 'sexual'] }) exploitation!: 'labour' | 'sexual';
  @ApiProperty({ description: 'The outcome rule of `rule.outcomes` that applies to this list' })
  outcomes!: string;
  @ApiProperty({ type: [IndicatorDefinition] }) indicators!: IndicatorDefinition[];
}

/** A term of a clause: at least so many indicators of these grades. */
export class IndicatorGradeCount {
  @ApiProperty({ enum: IndicatorGrades, isArray: true }) grades!: IndicatorGrade[];
  @ApiProperty({ type: 'integer', minimum: 1 }) atLeast!: number;
}

/** The case outcome when, for each group, at least one of its dimensions is positive. */
export class IndicatorOutcomeClause {
  @ApiProperty({ enum: ['indicated', 'labour-rights-case'] }) outcome!: Exclude<
    IndicatorOutcome,
    'not-indicated'
  >;
  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { type: 'string', enum: [...IndicatorDimensionIds] } },
    description: 'Groups of dimensions',
  })
  whenPositive!: IndicatorDimensionId[][];
  @ApiPropertyOptional() note?: string;
}

/** How indicators found make a dimension positive, and dimensions an outcome. */
@ApiExtraModels(IndicatorGradeCount, IndicatorOutcomeClause)
export class IndicatorCombinationRule {
  @ApiProperty() version!: string;
  @ApiProperty({ type: IndicatorProvenance }) provenance!: IndicatorProvenance;
  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { $ref: getSchemaPath(IndicatorGradeCount) } },
    description: 'A dimension is positive when any clause is met (a clause: terms met together)',
  })
  dimensionPositiveWhen!: IndicatorGradeCount[][];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { $ref: getSchemaPath(IndicatorOutcomeClause) } },
    description: 'Per outcome rule: the first clause met gives the outcome; none met is `not-indicated`',
  })
  outcomes!: Record<string, IndicatorOutcomeClause[]>;
}

export class IndicatorDimension {
  @ApiProperty({ enum: IndicatorDimensionIds }) id!: IndicatorDimensionId;
  @ApiProperty({ type: IndicatorText }) label!: IndicatorText;
  @ApiProperty({ enum: ['means', 'purpose'] }) palermoElement!: 'means' | 'purpose';
}

/** Which lists a suspected exploitation type calls for; a type named in neither calls for both. */
export class IndicatorExploitationTypes {
  @ApiProperty({ type: [String] }) labour!: string[];
  @ApiProperty({ type: [String] }) sexual!: string[];
}

/** An indicator catalogue version, as loaded (seeds/indicators/*.json; docs/adr/0020). */
export class IndicatorCatalogueContent {
  @ApiProperty({ example: 'kw-2026.1' }) version!: string;
  @ApiProperty({ description: 'ISO 3166 alpha-2 code' }) jurisdiction!: string;
  @ApiProperty({ type: IndicatorText }) title!: IndicatorText;
  @ApiProperty() basedOn!: string;
  @ApiProperty({ type: [IndicatorSource] }) sources!: IndicatorSource[];
  @ApiProperty({ type: [IndicatorDimension] }) dimensions!: IndicatorDimension[];
  @ApiProperty({ type: IndicatorCombinationRule }) rule!: IndicatorCombinationRule;
  @ApiProperty({ type: [IndicatorListDefinition] }) lists!: IndicatorListDefinition[];
  @ApiProperty({ type: IndicatorExploitationTypes }) exploitationTypes!: IndicatorExploitationTypes;
}

/** A catalogue version: its state and who loaded and adopted it. */
export class IndicatorCatalogueSummaryResponse {
  @ApiProperty({ example: 'kw-2026.1' }) version!: string;
  @ApiProperty() jurisdiction!: string;
  @ApiProperty() ruleVersion!: string;
  @ApiProperty({ enum: IndicatorCatalogueStatuses, description: '`active`: the version in force' })
  status!: string;
  @ApiProperty({ description: "SHA-256 of the catalogue's canonical JSON, hex: the version never changed" })
  digest!: string;
  @ApiProperty({ type: 'integer', description: 'How many indicators its lists hold' }) indicators!: number;
  @ApiProperty() loadedByUserId!: string;
  @ApiProperty({ format: 'date-time' }) loadedAt!: string;
  @ApiProperty({ type: String, nullable: true }) adoptedByUserId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) adoptedAt!: string | null;
}

/** Every catalogue version loaded, the latest first. */
export class IndicatorCataloguePage {
  @ApiProperty({ type: [IndicatorCatalogueSummaryResponse] }) items!: IndicatorCatalogueSummaryResponse[];
}

/** A catalogue version, whole. */
export class IndicatorCatalogueResponse extends IndicatorCatalogueSummaryResponse {
  @ApiProperty({ type: IndicatorCatalogueContent }) catalogue!: IndicatorCatalogueContent;
}

export class IndicatorRuleDifference {
  @ApiProperty({ type: String, nullable: true, description: 'null when no version is in force' })
  versionFrom!: string | null;
  @ApiProperty() versionTo!: string;
  @ApiProperty({ description: 'The clauses that make a dimension positive differ' })
  thresholdsChanged!: boolean;
  @ApiProperty({ description: 'The outcome rules differ' }) outcomesChanged!: boolean;
}

export class IndicatorAdded {
  @ApiProperty({ enum: IndicatorListIds }) list!: string;
  @ApiProperty() indicatorId!: string;
  @ApiProperty({ enum: orNull(IndicatorGrades), nullable: true }) grade!: string | null;
  @ApiProperty({ description: 'A national addition' }) national!: boolean;
}

export class IndicatorRemoved {
  @ApiProperty({ enum: IndicatorListIds }) list!: string;
  @ApiProperty() indicatorId!: string;
}

/** One field of an indicator changed, from the value in force to the proposed one. */
@ApiExtraModels(IndicatorText)
export class IndicatorFieldChange {
  @ApiProperty({ enum: ['dimension', 'grade', 'confidence', 'label', 'guidance'] })
  field!: 'dimension' | 'grade' | 'confidence' | 'label' | 'guidance';
  @ApiProperty({
    oneOf: [{ type: 'string', nullable: true }, { $ref: getSchemaPath(IndicatorText) }],
    description: 'A dimension, grade (null: not established) or confidence; a text for a label or guidance',
  })
  from!: unknown;
  @ApiProperty({
    oneOf: [{ type: 'string', nullable: true }, { $ref: getSchemaPath(IndicatorText) }],
    description: 'As `from`',
  })
  to!: unknown;
}

export class IndicatorChanged {
  @ApiProperty({ enum: IndicatorListIds }) list!: string;
  @ApiProperty() indicatorId!: string;
  @ApiProperty({ type: [IndicatorFieldChange] }) changes!: IndicatorFieldChange[];
}

/** What adopting a version would change against the one in force: what an approver reviews. */
export class IndicatorCatalogueDifferencesResponse {
  @ApiProperty({ type: String, nullable: true, description: 'The version in force; null when none is' })
  from!: string | null;
  @ApiProperty() to!: string;
  @ApiProperty({ type: IndicatorRuleDifference }) rule!: IndicatorRuleDifference;
  @ApiProperty({ enum: IndicatorListIds, isArray: true }) listsAdded!: string[];
  @ApiProperty({ enum: IndicatorListIds, isArray: true }) listsRemoved!: string[];
  @ApiProperty({ type: [IndicatorAdded] }) added!: IndicatorAdded[];
  @ApiProperty({ type: [IndicatorRemoved] }) removed!: IndicatorRemoved[];
  @ApiProperty({ type: [IndicatorChanged] }) changed!: IndicatorChanged[];
  @ApiProperty() exploitationTypesChanged!: boolean;
}

/** An indicator assessment in brief. */
export class IndicatorAssessmentSummaryResponse {
  @ApiProperty({ format: 'uuid' }) assessmentId!: string;
  @ApiProperty({ description: 'The catalogue version it was started with' }) catalogueVersion!: string;
  @ApiProperty({ enum: IndicatorAssessmentStatuses }) status!: (typeof IndicatorAssessmentStatuses)[number];
  @ApiProperty({ enum: IndicatorOutcomes, description: 'The advice: never a decision' })
  outcome!: IndicatorOutcome;
  @ApiProperty({ description: 'False while an ungraded indicator could still change the advice' })
  complete!: boolean;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt!: string | null;
}

/** A case's indicator assessments, the latest first. */
export class IndicatorAssessmentPage {
  @ApiProperty({ type: [IndicatorAssessmentSummaryResponse] }) items!: IndicatorAssessmentSummaryResponse[];
}

export class IndicatorDimensionResult {
  @ApiProperty({ enum: IndicatorDimensionIds }) dimension!: IndicatorDimensionId;
  @ApiProperty() positive!: boolean;
  @ApiProperty({ type: [String], description: 'The graded indicators found present; they made it positive' })
  indicatorIds!: string[];
  @ApiProperty({ type: [String], description: 'Found present without an established grade: not counted' })
  ungradedPresentIds!: string[];
}

export class IndicatorListResult {
  @ApiProperty({ enum: IndicatorListIds }) list!: IndicatorListId;
  @ApiProperty({ enum: IndicatorOutcomes }) outcome!: IndicatorOutcome;
  @ApiProperty({ type: [IndicatorDimensionResult] }) dimensions!: IndicatorDimensionResult[];
  @ApiProperty({
    type: [String],
    description: 'Indicators without an established grade, present or not yet answered absent',
  })
  ungradedOpenIds!: string[];
}

/** The present, graded indicators the advice counted, by the confidence of their grade. */
export class IndicatorGradesByConfidence {
  @ApiPropertyOptional({ type: [String] }) 'two-sources'?: string[];
  @ApiPropertyOptional({ type: [String] }) 'single-source'?: string[];
  @ApiPropertyOptional({ type: [String] }) conflict?: string[];
  @ApiPropertyOptional({ type: [String] }) 'set-by-authority'?: string[];
  @ApiPropertyOptional({ type: [String] }) 'not-established'?: string[];
}

export class IndicatorAdviceProvenance {
  @ApiProperty({ enum: IndicatorConfidences, description: "The rule's confidence" })
  rule!: IndicatorConfidence;
  @ApiProperty({ type: IndicatorGradesByConfidence }) grades!: IndicatorGradesByConfidence;
  @ApiProperty({ description: 'Some part rests on a single source, conflicting sources or no source' })
  weak!: boolean;
}

/** What the catalogue's rule advises from the answers: it advises; the officer decides. */
export class IndicatorAdvice {
  @ApiProperty() catalogueVersion!: string;
  @ApiProperty() ruleVersion!: string;
  @ApiProperty({ enum: IndicatorOutcomes, description: 'The most serious outcome over the lists assessed' })
  outcome!: IndicatorOutcome;
  @ApiProperty({ type: [IndicatorListResult] }) lists!: IndicatorListResult[];
  @ApiProperty({ description: 'False while an indicator without an established grade could change it' })
  complete!: boolean;
  @ApiProperty({ type: IndicatorAdviceProvenance }) provenance!: IndicatorAdviceProvenance;
  @ApiPropertyOptional({
    enum: IndicatorOutcomes,
    description: "The outcome if every conflicting grade took the other sources' value, where that differs",
  })
  outcomeWithAlternativeGrades?: IndicatorOutcome;
  @ApiProperty({ type: 'integer' }) answered!: number;
  @ApiProperty({ type: 'integer' }) unanswered!: number;
}

/** An answer as recorded, its note opened for the assigned authority. */
export class IndicatorAnswerRecord {
  @ApiProperty() indicatorId!: string;
  @ApiProperty({ enum: IndicatorAnswerValues }) answer!: (typeof IndicatorAnswerValues)[number];
  @ApiProperty({ enum: orNull(EvidenceSources), nullable: true }) evidenceSource!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The evidence (kept encrypted at rest)' })
  note!: string | null;
  @ApiProperty({ format: 'date-time' }) answeredAt!: string;
}

/** An assessment: its questions (the lists asked), the answers with their evidence, and the advice. */
export class IndicatorAssessmentResponse extends IndicatorAssessmentSummaryResponse {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() personIsChild!: boolean;
  @ApiProperty({ type: IndicatorAdvice }) advice!: IndicatorAdvice;
  @ApiProperty({
    type: [IndicatorListDefinition],
    description: "The lists asked, as the assessment's catalogue version gives them",
  })
  lists!: IndicatorListDefinition[];
  @ApiProperty({ type: [IndicatorAnswerRecord] }) answers!: IndicatorAnswerRecord[];
}

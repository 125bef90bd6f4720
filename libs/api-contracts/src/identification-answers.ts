import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { IndicatorOutcomes } from '@nrm/contracts';

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

// OpenAPI 3.0's `nullable` adds null to the type only: an enum, or a reference beside it, still
// refuses null unless it names it. These say "or null" so that validators accept it.

/** A code of the list, or null. */
const orNull = <T extends string>(codes: readonly T[]): (T | null)[] => [...codes, null];

/** An object of the model (registered with `@ApiExtraModels` on the class that uses it), or null. */
const objectOrNull = (model: abstract new (...args: never[]) => object) => ({
  oneOf: [{ $ref: getSchemaPath(model) }, { type: 'object' as const, nullable: true, enum: [null] }],
});

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

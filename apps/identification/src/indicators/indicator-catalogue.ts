import type { IndicatorConfidence as Confidence, IndicatorGrade as Grade } from '@nrm/api-contracts';
import type {
  IndicatorDimensionId as DimensionId,
  IndicatorListId as ListId,
  IndicatorOutcome as Outcome,
} from '@nrm/contracts';

/**
 * The indicator catalogue: the lists of trafficking indicators a competent authority screens with,
 * their grades, the rule that combines them, and where each of those came from. It is policy data
 * (`seeds/indicators/*.json`, or loaded by an administrator), never code; see ADR 0020.
 */

// Grades and confidences are the API's vocabulary too: catalogues and assessments are answered with them.
export { IndicatorConfidences as Confidences, IndicatorGrades as Grades } from '@nrm/api-contracts';
export type { IndicatorConfidence as Confidence, IndicatorGrade as Grade } from '@nrm/api-contracts';

// Dimensions, lists and outcomes are the vocabulary of the indicators-assessed event too.
export {
  IndicatorDimensionIds as DimensionIds,
  IndicatorListIds as ListIds,
  IndicatorOutcomes as Outcomes,
} from '@nrm/contracts';
export type {
  IndicatorDimensionId as DimensionId,
  IndicatorListId as ListId,
  IndicatorOutcome as Outcome,
} from '@nrm/contracts';

export interface Text {
  en: string;
  ar: string;
}

export interface Source {
  id: string;
  title: string;
  url?: string;
  /** The publication it reports on, e.g. `WCMS_105023`. */
  publication?: string;
}

export interface Provenance {
  /** Ids from the catalogue's `sources`. */
  sources: string[];
  confidence: Confidence;
  /** For a conflict: the grades other sources give. */
  alternatives?: { grade: Grade; sources: string[] }[];
  note?: string;
}

export interface Indicator {
  /** Stable across catalogue versions, unique in the catalogue, e.g. `AL-D1-deceived-about-job`. */
  id: string;
  dimension: DimensionId;
  label: Text;
  /** A short note for the officer: what to ask or look for. */
  guidance: Text;
  /** `null` where no grade is established: asked and recorded, but it cannot make a dimension positive. */
  grade: Grade | null;
  provenance: Provenance;
  /** A national addition (ISO 3166 country code), not part of the ILO/EC lists. */
  national?: string;
}

export interface IndicatorList {
  id: ListId;
  label: Text;
  age: 'adult' | 'child';
  exploitation: 'labour' | 'sexual';
  /** The outcome rule of `rule.outcomes` that applies to this list. */
  outcomes: string;
  indicators: Indicator[];
}

/** Terms of one clause must be met together, by distinct indicators (their grade sets are disjoint). */
export interface GradeCount {
  grades: Grade[];
  atLeast: number;
}

/** The case outcome when, for each group, at least one of its dimensions is positive. */
export interface OutcomeClause {
  outcome: Exclude<Outcome, 'not-indicated'>;
  whenPositive: DimensionId[][];
  note?: string;
}

export interface CombinationRule {
  version: string;
  provenance: Provenance;
  /** A dimension is positive when any clause is met. */
  dimensionPositiveWhen: GradeCount[][];
  /** Per outcome rule: the first clause met gives the outcome; none met is `not-indicated`. */
  outcomes: Record<string, OutcomeClause[]>;
}

export interface Dimension {
  id: DimensionId;
  label: Text;
  palermoElement: 'means' | 'purpose';
}

export interface IndicatorCatalogue {
  /** e.g. `ilo-ec-2009+kw.1`: a version is never changed once loaded; a change is a new version. */
  version: string;
  jurisdiction: string;
  title: Text;
  basedOn: string;
  sources: Source[];
  dimensions: Dimension[];
  rule: CombinationRule;
  lists: IndicatorList[];
  /** Which lists a suspected exploitation type calls for; a type not named here, or none, calls for both. */
  exploitationTypes: { labour: string[]; sexual: string[] };
}

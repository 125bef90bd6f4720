import type {
  CombinationRule,
  Confidence,
  DimensionId,
  Grade,
  Indicator,
  IndicatorCatalogue,
  IndicatorList,
  ListId,
  Outcome,
} from './indicator-catalogue';
import { DimensionIds } from './indicator-catalogue';

/**
 * The catalogue's combination rule as a function: which dimensions the indicators found make
 * positive, and what the whole advises. It advises; the officer decides. Nothing here is a
 * threshold of its own: every count and every outcome comes from the catalogue's rule.
 */

export const Answers = ['present', 'absent', 'unknown'] as const;
export type Answer = (typeof Answers)[number];

export interface DimensionResult {
  dimension: DimensionId;
  positive: boolean;
  /** The graded indicators found present; when positive, these made it so. */
  indicatorIds: string[];
  /** Found present, but without an established grade: recorded, not counted. */
  ungradedPresentIds: string[];
}

export interface ListResult {
  list: ListId;
  outcome: Outcome;
  dimensions: DimensionResult[];
  /** Indicators without an established grade that are present or not yet answered absent. */
  ungradedOpenIds: string[];
}

export interface IndicatorAdvice {
  catalogueVersion: string;
  ruleVersion: string;
  /** The most serious outcome over the lists assessed. */
  outcome: Outcome;
  lists: ListResult[];
  /** False while an indicator without an established grade could still change the advice. */
  complete: boolean;
  /** How well the rule and each grade the advice counted are established. */
  provenance: {
    rule: Confidence;
    /** Present, graded indicators by the confidence of their grade. */
    grades: Partial<Record<Confidence, string[]>>;
    /** Any part rests on a single source, conflicting sources or no source. */
    weak: boolean;
  };
  /** The outcome if every conflicting grade took the other sources' value, when that differs. */
  outcomeWithAlternativeGrades?: Outcome;
  answered: number;
  unanswered: number;
}

const SERIOUSNESS: Record<Outcome, number> = { 'not-indicated': 0, 'labour-rights-case': 1, indicated: 2 };

/** The lists to ask: by age, and by the suspected exploitation types (unknown types call for both). */
export function listsFor(
  catalogue: IndicatorCatalogue,
  personIsChild: boolean,
  exploitationTypes: readonly string[],
): IndicatorList[] {
  const kinds = new Set<'labour' | 'sexual'>();
  for (const type of exploitationTypes) {
    const labour = catalogue.exploitationTypes.labour.includes(type);
    const sexual = catalogue.exploitationTypes.sexual.includes(type);
    if (labour) kinds.add('labour');
    if (sexual) kinds.add('sexual');
    if (!labour && !sexual) kinds.add('labour').add('sexual');
  }
  if (kinds.size === 0) kinds.add('labour').add('sexual');
  const age = personIsChild ? 'child' : 'adult';
  return catalogue.lists.filter((l) => l.age === age && kinds.has(l.exploitation));
}

export function adviseFromIndicators(
  catalogue: IndicatorCatalogue,
  lists: readonly IndicatorList[],
  answers: ReadonlyMap<string, Answer>,
): IndicatorAdvice {
  const results = lists.map((list) => assessList(catalogue.rule, list, answers, gradeOf));
  const outcome = mostSerious(results.map((r) => r.outcome));
  const asked = lists.flatMap((l) => l.indicators);
  const present = asked.filter((i) => answers.get(i.id) === 'present' && i.grade !== null);
  const grades: Partial<Record<Confidence, string[]>> = {};
  for (const i of present) (grades[i.provenance.confidence] ??= []).push(i.id);
  const ruleConfidence = catalogue.rule.provenance.confidence;
  const weakConfidences: Confidence[] = ['single-source', 'conflict', 'not-established'];
  const complete = results.every((r) => r.ungradedOpenIds.length === 0);
  const alternative = present.some((i) => i.provenance.confidence === 'conflict')
    ? mostSerious(lists.map((l) => assessList(catalogue.rule, l, answers, alternativeGradeOf).outcome))
    : outcome;
  return {
    catalogueVersion: catalogue.version,
    ruleVersion: catalogue.rule.version,
    outcome,
    lists: results,
    complete,
    provenance: {
      rule: ruleConfidence,
      grades,
      weak:
        weakConfidences.includes(ruleConfidence) ||
        !complete ||
        present.some((i) => weakConfidences.includes(i.provenance.confidence)),
    },
    ...(alternative === outcome ? {} : { outcomeWithAlternativeGrades: alternative }),
    answered: asked.filter((i) => answers.has(i.id)).length,
    unanswered: asked.filter((i) => !answers.has(i.id)).length,
  };
}

function assessList(
  rule: CombinationRule,
  list: IndicatorList,
  answers: ReadonlyMap<string, Answer>,
  grade: (i: Indicator) => Grade | null,
): ListResult {
  const dimensions = DimensionIds.map((dimension): DimensionResult => {
    const found = list.indicators.filter((i) => i.dimension === dimension && answers.get(i.id) === 'present');
    const graded = found.filter((i) => grade(i) !== null);
    return {
      dimension,
      positive: dimensionIsPositive(
        rule,
        graded.map((i) => grade(i) as Grade),
      ),
      indicatorIds: graded.map((i) => i.id),
      ungradedPresentIds: found.filter((i) => grade(i) === null).map((i) => i.id),
    };
  });
  const positive = new Set(dimensions.filter((d) => d.positive).map((d) => d.dimension));
  const clauses = rule.outcomes[list.outcomes] ?? [];
  const met = clauses.find((c) => c.whenPositive.every((group) => group.some((d) => positive.has(d))));
  return {
    list: list.id,
    outcome: met?.outcome ?? 'not-indicated',
    dimensions,
    ungradedOpenIds: list.indicators
      .filter((i) => i.grade === null && answers.get(i.id) !== 'absent')
      .map((i) => i.id),
  };
}

/** A dimension is positive when any clause of the rule is met by the grades found in it. */
export function dimensionIsPositive(
  rule: Pick<CombinationRule, 'dimensionPositiveWhen'>,
  found: Grade[],
): boolean {
  return rule.dimensionPositiveWhen.some((clause) =>
    // The terms of a clause count disjoint grades, so each is met independently.
    clause.every((term) => found.filter((g) => term.grades.includes(g)).length >= term.atLeast),
  );
}

function mostSerious(outcomes: Outcome[]): Outcome {
  return outcomes.reduce<Outcome>((a, b) => (SERIOUSNESS[b] > SERIOUSNESS[a] ? b : a), 'not-indicated');
}

function gradeOf(i: Indicator): Grade | null {
  return i.grade;
}

function alternativeGradeOf(i: Indicator): Grade | null {
  return i.provenance.confidence === 'conflict'
    ? (i.provenance.alternatives?.[0]?.grade ?? i.grade)
    : i.grade;
}

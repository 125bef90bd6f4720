import { nameSkeletons } from './name-skeleton';
import type { KeyedHash } from './fingerprints';
import { ComparisonLevels } from './person-match';
import type { Comparison, Comparisons } from './person-match';

/** One comparison level's evidence: m = P(level | same person), u = P(level | different people). */
export interface LevelWeight {
  m: number;
  u: number;
  /** log2(m / u): for (positive) or against (negative) a match. */
  weight: number;
}

/** The matcher's rule as versioned data (match-weights.json), estimated from the labelled pairs. */
export interface MatchWeights {
  version: string;
  estimatedFrom: string;
  /** Log-odds (base 2) of a match before any comparison. */
  prior: number;
  /** Probability at or above which two referrals are linked for a supervisor to review. */
  threshold: number;
  comparisons: { [C in Comparison]: Record<Comparisons[C], LevelWeight> };
  /** Very common name tokens (as names; their skeletons are hashed at start), weak evidence alone. */
  commonNames: string[];
}

export interface MatchExplanation {
  comparison: Comparison;
  level: string;
  weight: number;
}

export interface MatchResult {
  /** Probability that both records are of one person, 0 to 1 (three decimals). */
  score: number;
  /** Every comparison with its level and weight, in the order they add up (like a waterfall). */
  explanation: MatchExplanation[];
  /** Which kinds of identifier matched (for the duplicate-suspected event). */
  matchedOn: ('document' | 'name' | 'birth_date' | 'birth_year' | 'nationality')[];
  ruleVersion: string;
}

export function scoreMatch(comparisons: Comparisons, weights: MatchWeights): MatchResult {
  const explanation = (Object.keys(ComparisonLevels) as Comparison[]).map((comparison) => {
    const level = comparisons[comparison];
    const table = weights.comparisons[comparison] as Record<string, LevelWeight>;
    return { comparison, level, weight: round(table[level]?.weight ?? 0) };
  });
  const logOdds = weights.prior + explanation.reduce((sum, e) => sum + e.weight, 0);
  const score = round(1 / (1 + 2 ** -logOdds));
  const matchedOn: MatchResult['matchedOn'] = [];
  if (comparisons.document === 'same') matchedOn.push('document');
  if (comparisons.names !== 'none') matchedOn.push('name');
  if (comparisons.birth === 'exact' || comparisons.birth === 'swapped') matchedOn.push('birth_date');
  if (comparisons.birth === 'year' || comparisons.birth === 'near') matchedOn.push('birth_year');
  if (comparisons.nationality === 'shared') matchedOn.push('nationality');
  return { score, explanation, matchedOn, ruleVersion: weights.version };
}

/** The `name` fingerprint hashes of the weights' common names. */
export function commonNameHashes(weights: MatchWeights, hash: KeyedHash): Set<string> {
  return new Set(weights.commonNames.flatMap((n) => nameSkeletons(n)).map((t) => hash(`name:${t}`)));
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

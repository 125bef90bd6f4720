import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyedHash } from './fingerprints';
import { commonNameHashes } from './match-score';
import type { MatchWeights } from './match-score';
import { ComparisonLevels } from './person-match';
import type { Comparison } from './person-match';

/** Where the matcher's weights are kept, under the seeds folder: versioned data, not code. */
export const MATCH_WEIGHTS_FILE = join('duplicates', 'match-weights.json');

/** The matcher's weights and threshold, checked whole, with the common names' hashes under the key. */
export class MatchRule {
  readonly commonNames: ReadonlySet<string>;

  constructor(
    readonly weights: MatchWeights,
    hash: KeyedHash,
  ) {
    const problems = weightProblems(weights);
    if (problems.length > 0) throw new Error(`${MATCH_WEIGHTS_FILE}: ${problems.join('; ')}`);
    this.commonNames = commonNameHashes(weights, hash);
  }

  static load(seedsDir: string, hash: KeyedHash): MatchRule {
    return new MatchRule(
      JSON.parse(readFileSync(join(seedsDir, MATCH_WEIGHTS_FILE), 'utf8')) as MatchWeights,
      hash,
    );
  }
}

export function weightProblems(w: MatchWeights): string[] {
  const problems: string[] = [];
  if (typeof w.version !== 'string' || w.version.length === 0) problems.push('version must be a text');
  if (typeof w.prior !== 'number') problems.push('prior must be a number');
  if (typeof w.threshold !== 'number' || w.threshold <= 0 || w.threshold > 1)
    problems.push('threshold must be a probability above 0');
  if (!Array.isArray(w.commonNames)) problems.push('commonNames must be a list of names');
  for (const comparison of Object.keys(ComparisonLevels) as Comparison[])
    for (const level of ComparisonLevels[comparison]) {
      const weight = (w.comparisons?.[comparison] as Record<string, { weight?: unknown }> | undefined)?.[
        level
      ]?.weight;
      if (typeof weight !== 'number' || !Number.isFinite(weight))
        problems.push(`comparisons.${comparison}.${level}.weight must be a number`);
    }
  return problems;
}

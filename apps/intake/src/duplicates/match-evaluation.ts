import { fingerprints } from './fingerprints';
import type { KeyedHash } from './fingerprints';
import { commonNameHashes, scoreMatch } from './match-score';
import type { LevelWeight, MatchResult, MatchWeights } from './match-score';
import { ComparisonLevels, NothingToCompare, compare } from './person-match';
import type { Comparison, Comparisons, MatchRecord } from './person-match';

/**
 * Measures the matcher on labelled pairs, and estimates its weights from them (Fellegi-Sunter's m
 * and u per comparison level, with add-one smoothing). Framework-free: `npm run eval:duplicates`
 * and the quality test both use it.
 */

export interface LabelledPerson {
  names: { arabic?: string; latin?: string };
  aliases?: string[];
  dateOfBirth?: string;
  estimatedAge?: number;
  referredOn: string;
  sex: string;
  nationalities: string[];
  documents?: { type: string; number: string; issuingCountry: string }[];
}

export interface LabelledPair {
  id: string;
  label: 'same' | 'different';
  category: string;
  community: string;
  why: string;
  a: LabelledPerson;
  b: LabelledPerson;
}

export function matchRecordOf(person: LabelledPerson, hash: KeyedHash): MatchRecord {
  return {
    fingerprints: fingerprints(
      {
        names: [person.names.arabic, person.names.latin, ...(person.aliases ?? [])].filter(
          (n): n is string => !!n,
        ),
        dateOfBirth: person.dateOfBirth,
        estimatedBirthYear:
          person.estimatedAge === undefined
            ? undefined
            : Number(person.referredOn.slice(0, 4)) - person.estimatedAge,
        documents: person.documents ?? [],
      },
      hash,
    ),
    nationalities: person.nationalities,
    sex: person.sex,
  };
}

export interface ScoredPair {
  pair: LabelledPair;
  comparisons: Comparisons;
  result: MatchResult;
}

export function scorePairs(pairs: LabelledPair[], weights: MatchWeights, hash: KeyedHash): ScoredPair[] {
  const common = commonNameHashes(weights, hash);
  return pairs.map((pair) => {
    const comparisons = compare(matchRecordOf(pair.a, hash), matchRecordOf(pair.b, hash), common);
    return { pair, comparisons, result: scoreMatch(comparisons, weights) };
  });
}

export interface Quality {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export function qualityAt(scored: ScoredPair[], threshold: number): Quality {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of scored) {
    const linked = s.result.score >= threshold;
    if (linked && s.pair.label === 'same') tp += 1;
    else if (linked) fp += 1;
    else if (s.pair.label === 'same') fn += 1;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { threshold, precision, recall, f1, truePositives: tp, falsePositives: fp, falseNegatives: fn };
}

/** False alarms per category of different people: the share of each category's pairs linked. */
export function falseAlarmsByCategory(
  scored: ScoredPair[],
  threshold: number,
): Record<string, { pairs: number; linked: number }> {
  const out: Record<string, { pairs: number; linked: number }> = {};
  for (const s of scored.filter((x) => x.pair.label === 'different')) {
    const c = (out[s.pair.category] ??= { pairs: 0, linked: 0 });
    c.pairs += 1;
    if (s.result.score >= threshold) c.linked += 1;
  }
  return out;
}

/**
 * Estimates the weight of every comparison level from labelled pairs; the threshold is chosen after.
 * m and u (with add-one smoothing) are recorded for each level, as Fellegi-Sunter defines them. The
 * weights themselves are fitted jointly (logistic regression on the levels, L2-regularised), since
 * the comparisons are not independent (a shared name and its rarity, its vowels and its spelling)
 * and the pairs are mostly hard negatives: log2(m/u) alone would count the same evidence twice.
 * A weight is in bits (log2 odds), like log2(m/u).
 */
export function estimateWeights(
  pairs: LabelledPair[],
  hash: KeyedHash,
  base: Pick<MatchWeights, 'version' | 'estimatedFrom' | 'commonNames'>,
): Omit<MatchWeights, 'threshold'> {
  const common = commonNameHashes({ commonNames: base.commonNames } as MatchWeights, hash);
  const vectors = [
    ...pairs.map((p) => ({
      same: p.label === 'same',
      comparisons: compare(matchRecordOf(p.a, hash), matchRecordOf(p.b, hash), common),
    })),
    ...namesakes(pairs, hash, common).map((comparisons) => ({ same: false, comparisons })),
  ];
  // A level with nothing to compare is no evidence: it stays out of the fit, at weight 0.
  const levels = (Object.keys(ComparisonLevels) as Comparison[]).flatMap((comparison) =>
    (ComparisonLevels[comparison] as readonly string[])
      .filter((level) => NothingToCompare[comparison] !== level)
      .map((level) => ({ comparison, level })),
  );
  const fitted = fitLogistic(
    vectors.map((v) => levels.map((l) => (v.comparisons[l.comparison] === l.level ? 1 : 0))),
    vectors.map((v) => (v.same ? 1 : 0)),
  );
  const same = vectors.filter((v) => v.same);
  const different = vectors.filter((v) => !v.same);
  const comparisons = Object.fromEntries(
    (Object.keys(ComparisonLevels) as Comparison[]).map((comparison) => {
      const own = ComparisonLevels[comparison] as readonly string[];
      const share = (group: typeof vectors, level: string) =>
        (group.filter((v) => v.comparisons[comparison] === level).length + 1) / (group.length + own.length);
      return [
        comparison,
        Object.fromEntries(
          own.map((level): [string, LevelWeight] => {
            const at = levels.findIndex((l) => l.comparison === comparison && l.level === level);
            const weight = at < 0 ? 0 : (fitted.coefficients[at] as number) / Math.LN2;
            return [
              level,
              { m: round(share(same, level)), u: round(share(different, level)), weight: round(weight) },
            ];
          }),
        ),
      ];
    }),
  ) as MatchWeights['comparisons'];
  return { ...base, prior: round(fitted.intercept / Math.LN2), comparisons };
}

/**
 * Namesakes as a matcher meets them: people of different labelled pairs, of one community, who
 * share a name token. The hard negatives alone differ in nationality, sex or birth date far more
 * often than the people a referral is usually compared with; these teach the weights how little a
 * shared nationality or sex says on its own (Fellegi-Sunter's u, from the population compared).
 */
function namesakes(pairs: LabelledPair[], hash: KeyedHash, common: ReadonlySet<string>): Comparisons[] {
  const people = pairs.flatMap((p) =>
    [p.a, p.b].map((person) => ({ id: p.id, community: p.community, person })),
  );
  const records = people.map((x) => {
    const record = matchRecordOf(x.person, hash);
    return {
      ...x,
      record,
      names: new Set(record.fingerprints.filter((f) => f.kind === 'name').map((f) => f.hash)),
    };
  });
  const out: Comparisons[] = [];
  for (let i = 0; i < records.length; i += 1)
    for (let j = i + 1; j < records.length; j += 1) {
      const x = records[i] as (typeof records)[number];
      const y = records[j] as (typeof records)[number];
      if (x.id === y.id || x.community !== y.community) continue;
      if (![...x.names].some((t) => y.names.has(t))) continue;
      out.push(compare(x.record, y.record, common));
    }
  // As many as the labelled pairs of different people, spread evenly: they inform, not outweigh.
  const most = pairs.filter((p) => p.label === 'different').length;
  return out.filter((_, n) => n % Math.max(1, Math.ceil(out.length / most)) === 0);
}

/** Logistic regression by gradient descent, with an L2 penalty on the coefficients (not the intercept). */
function fitLogistic(
  x: number[][],
  y: number[],
  l2 = 0.001,
  steps = 4000,
  rate = 0.5,
): { intercept: number; coefficients: number[] } {
  const width = x[0]?.length ?? 0;
  const w = new Array<number>(width).fill(0);
  let b = 0;
  for (let step = 0; step < steps; step += 1) {
    const gradient = new Array<number>(width).fill(0);
    let gradientB = 0;
    x.forEach((row, i) => {
      const z = b + row.reduce((sum, v, j) => sum + v * (w[j] as number), 0);
      const error = 1 / (1 + Math.exp(-z)) - (y[i] as number);
      gradientB += error;
      row.forEach((v, j) => {
        if (v) gradient[j] = (gradient[j] as number) + error * v;
      });
    });
    b -= (rate * gradientB) / x.length;
    for (let j = 0; j < width; j += 1)
      w[j] = (w[j] as number) - rate * ((gradient[j] as number) / x.length + l2 * (w[j] as number));
  }
  return { intercept: b, coefficients: w };
}

/**
 * The lowest threshold whose precision reaches the target and at which no category of different
 * people is linked more often than `categoryTarget`, so recall is as high as it can be.
 */
export function chooseThreshold(
  scored: ScoredPair[],
  precisionTarget: number,
  categoryTarget = 0.05,
): number {
  const candidates = [...new Set(scored.map((s) => s.result.score))].sort((x, y) => x - y);
  const met = candidates.find(
    (t) =>
      qualityAt(scored, t).precision >= precisionTarget &&
      Object.values(falseAlarmsByCategory(scored, t)).every((c) => c.linked / c.pairs <= categoryTarget),
  );
  return met ?? 1;
}

/**
 * K-fold cross-validation: weights estimated on k-1 folds score the held-out fold, so the figures say
 * how the method does on pairs it has not seen. Folds are assigned by pair id, deterministically.
 */
export function crossValidate(
  pairs: LabelledPair[],
  hash: KeyedHash,
  base: Pick<MatchWeights, 'version' | 'estimatedFrom' | 'commonNames'>,
  folds: number,
  precisionTarget: number,
): { heldOut: ScoredPair[]; thresholds: number[] } {
  const fold = (p: LabelledPair) =>
    [...p.id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_003, 7) % folds;
  const heldOut: ScoredPair[] = [];
  const thresholds: number[] = [];
  for (let k = 0; k < folds; k += 1) {
    const training = pairs.filter((p) => fold(p) !== k);
    const estimated = estimateWeights(training, hash, base);
    const threshold = chooseThreshold(
      scorePairs(training, { ...estimated, threshold: 1 }, hash),
      precisionTarget,
    );
    thresholds.push(threshold);
    heldOut.push(
      ...scorePairs(
        pairs.filter((p) => fold(p) === k),
        { ...estimated, threshold },
        hash,
      ).map((s) => ({ ...s, result: { ...s.result, score: s.result.score >= threshold ? 1 : 0 } })),
    );
  }
  return { heldOut, thresholds };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

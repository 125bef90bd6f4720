import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { falseAlarmsByCategory, qualityAt, scorePairs } from './match-evaluation';
import type { LabelledPair } from './match-evaluation';
import { MatchRule } from './match-rule';

/**
 * The matcher's quality on the labelled pairs (apps/intake/test-data), with the shipped weights:
 * `npm run eval:duplicates` prints the same figures with every miss and false alarm explained.
 */
const ROOT = path.resolve(__dirname, '../../../..');
const hash = (v: string) => createHmac('sha256', 'quality-test').update(v).digest('hex');
const set = JSON.parse(
  readFileSync(path.join(ROOT, 'apps/intake/test-data/duplicate-pairs.json'), 'utf8'),
) as {
  pairs: LabelledPair[];
};
const rule = MatchRule.load(path.join(ROOT, 'seeds'), hash);
const scored = scorePairs(set.pairs, rule.weights, hash);

describe('duplicate detection on the labelled pairs', () => {
  it('has at least 300 pairs, same people and hard negatives of every kind', () => {
    expect(set.pairs.length).toBeGreaterThanOrEqual(300);
    const categories = (label: string) =>
      new Set(set.pairs.filter((p) => p.label === label).map((p) => p.category));
    expect([...categories('different')].sort()).toEqual(
      ['common-name', 'father-son', 'other-documents', 'siblings', 'skeleton-collision'].sort(),
    );
    expect(categories('same').size).toBeGreaterThanOrEqual(7);
  });

  it('reaches precision 0.97 at recall 0.95 at the operating threshold', () => {
    const quality = qualityAt(scored, rule.weights.threshold);
    expect(quality.precision).toBeGreaterThanOrEqual(0.97);
    expect(quality.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('links no category of different people more than 5% of the time', () => {
    for (const [category, c] of Object.entries(falseAlarmsByCategory(scored, rule.weights.threshold)))
      expect({ category, rate: c.linked / c.pairs <= 0.05 }).toEqual({ category, rate: true });
  });

  it('explains every score with every comparison, and no identifier', () => {
    for (const s of scored.slice(0, 20)) {
      expect(s.result.explanation.map((e) => e.comparison)).toEqual([
        'document',
        'names',
        'nameTypos',
        'nameVowels',
        'latinVowels',
        'nameRarity',
        'birth',
        'nationality',
        'sex',
      ]);
      const text = JSON.stringify(s.result.explanation);
      for (const name of [s.pair.a.names.latin, s.pair.a.names.arabic].filter(Boolean))
        for (const token of (name as string).split(/\s+/).filter((t) => t.length > 3))
          expect(text).not.toContain(token);
    }
  });
});

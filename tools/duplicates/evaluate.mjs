// npm run eval:duplicates [-- --estimate [--version dup-fs.N]] [--show N] [--pairs file.json]
// Scores every labelled pair of apps/intake/test-data/duplicate-pairs.json with the matcher's weights
// (seeds/duplicates/match-weights.json) and prints precision, recall and F1 at the operating
// threshold, a precision-recall table over thresholds, false alarms per category of different people,
// figures from 5-fold cross-validation, and each miss and false alarm with its explanation.
// --estimate re-estimates the weights from the pairs (Fellegi-Sunter m and u per comparison level)
// and writes them, with the threshold that reaches the precision target, as a new version.
import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../build.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PAIRS_DEFAULT = path.join(ROOT, 'apps/intake/test-data/duplicate-pairs.json');
const WEIGHTS = path.join(ROOT, 'seeds/duplicates/match-weights.json');
const PRECISION_TARGET = 0.97;
const RECALL_TARGET = 0.95;
/** The threshold is chosen for a little more precision than the target, to keep a margin. */
const PRECISION_CHOSEN = 0.98;

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};

const PAIRS = path.resolve(option('pairs', PAIRS_DEFAULT));

await build({ quiet: true });
const require = createRequire(import.meta.url);
const evaluation = require(path.join(ROOT, 'dist/apps/intake/src/duplicates/match-evaluation.js'));

// Matching compares keyed hashes only; any key gives the same comparisons.
const key = randomBytes(32);
const hash = (value) => createHmac('sha256', key).update(value).digest('hex');
const set = JSON.parse(readFileSync(PAIRS, 'utf8'));
const pairs = set.pairs;
let weights = JSON.parse(readFileSync(WEIGHTS, 'utf8'));

if (args.includes('--estimate')) {
  const base = {
    version: option('version', weights.version),
    estimatedFrom: `${path.relative(ROOT, PAIRS)} (version ${set.version}, ${pairs.length} pairs)`,
    commonNames: weights.commonNames,
  };
  const estimated = evaluation.estimateWeights(pairs, hash, base);
  const scored = evaluation.scorePairs(pairs, { ...estimated, threshold: 1 }, hash);
  weights = { ...estimated, threshold: evaluation.chooseThreshold(scored, PRECISION_CHOSEN) };
  writeFileSync(WEIGHTS, `${JSON.stringify(weights, null, 2)}\n`);
  console.log(
    `wrote ${path.relative(ROOT, WEIGHTS)}: version ${weights.version}, threshold ${weights.threshold}`,
  );
}

const percent = (x) => `${(100 * x).toFixed(1)}%`;
const scored = evaluation.scorePairs(pairs, weights, hash);
const at = evaluation.qualityAt(scored, weights.threshold);
const same = pairs.filter((p) => p.label === 'same').length;
console.log(
  `\nDuplicate detection on ${pairs.length} labelled pairs (${same} same person, ${pairs.length - same} different people)`,
);
console.log(`rule ${weights.version}, threshold ${weights.threshold}`);
console.log(
  `precision ${at.precision.toFixed(3)}  recall ${at.recall.toFixed(3)}  F1 ${at.f1.toFixed(3)}` +
    `  (targets: precision >= ${PRECISION_TARGET} at recall >= ${RECALL_TARGET})`,
);

console.log('\nthreshold  precision  recall  F1     false alarms  misses');
const THRESHOLDS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995];
for (const t of [...new Set([...THRESHOLDS, weights.threshold])].sort((x, y) => x - y)) {
  const q = evaluation.qualityAt(scored, t);
  console.log(
    `${String(t).padEnd(9)}  ${q.precision.toFixed(3).padEnd(9)}  ${q.recall.toFixed(3).padEnd(6)}  ${q.f1.toFixed(3)}  ${String(q.falsePositives).padEnd(12)}  ${q.falseNegatives}${t === weights.threshold ? '   <- operating' : ''}`,
  );
}

console.log('\nfalse alarms by category of different people (target: none above 5%)');
for (const [category, c] of Object.entries(evaluation.falseAlarmsByCategory(scored, weights.threshold)))
  console.log(
    `  ${category.padEnd(18)} ${String(c.linked).padStart(3)} of ${String(c.pairs).padEnd(4)} ${percent(c.linked / c.pairs)}`,
  );

const missesByCategory = {};
for (const s of scored.filter((x) => x.pair.label === 'same')) {
  const c = (missesByCategory[s.pair.category] ??= { pairs: 0, missed: 0 });
  c.pairs += 1;
  if (s.result.score < weights.threshold) c.missed += 1;
}
console.log('\nmisses by category of the same person');
for (const [category, c] of Object.entries(missesByCategory))
  console.log(
    `  ${category.padEnd(18)} ${String(c.missed).padStart(3)} of ${String(c.pairs).padEnd(4)} ${percent(c.missed / c.pairs)}`,
  );

const cv = evaluation.crossValidate(pairs, hash, weights, 5, PRECISION_CHOSEN);
const held = evaluation.qualityAt(cv.heldOut, 0.5);
console.log(
  `\n5-fold cross-validation (weights and threshold estimated without the pairs they score): precision ${held.precision.toFixed(3)}, recall ${held.recall.toFixed(3)}, F1 ${held.f1.toFixed(3)}; thresholds ${cv.thresholds.join(', ')}`,
);

const show = Number(option('show', 40));
const waterfall = (s) =>
  s.result.explanation
    .map((e) => `${e.comparison}=${e.level} ${e.weight >= 0 ? '+' : ''}${e.weight}`)
    .join(', ');
const wrong = scored.filter((s) => s.result.score >= weights.threshold !== (s.pair.label === 'same'));
console.log(
  `\n${wrong.length} wrong at the operating threshold${wrong.length > show ? ` (first ${show})` : ''}:`,
);
for (const s of wrong.slice(0, show)) {
  const kind = s.pair.label === 'same' ? 'MISS' : 'FALSE ALARM';
  console.log(
    `  ${kind} ${s.pair.id} ${s.pair.category}/${s.pair.community} score ${s.result.score}: ${s.pair.why}`,
  );
  console.log(`    prior ${weights.prior}; ${waterfall(s)}`);
}

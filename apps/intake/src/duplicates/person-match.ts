import { nameSkeletons, nameVowelKeys, nearKeys } from './name-skeleton';

/** What identifies a person for matching; only keyed hashes of it are ever kept. */
export interface PersonIdentifiers {
  names: string[];
  dateOfBirth?: string;
  /** The birth year an estimated age implies, when the date of birth is unknown. */
  estimatedBirthYear?: number;
  documents: { type?: string; number: string; issuingCountry: string }[];
}

export type FingerprintKind =
  | 'document'
  | 'document_slot'
  | 'name'
  | 'name_vowels'
  | 'name_spelling'
  | 'name_shape'
  | 'name_initial'
  | 'name_abbreviated'
  | 'name_near'
  | 'birth_date'
  | 'birth_date_swapped'
  | 'birth_year'
  | 'birth_year_near'
  | 'name_birth_date';

export interface Fingerprint {
  kind: FingerprintKind;
  hash: string;
  /** For a vowel, spelling or near key: the hash of the name token (its `name` fingerprint) it belongs to. */
  token?: string;
}

/** A keyed one-way function (HMAC with a key only intake holds). */
export type KeyedHash = (value: string) => string;

const documentKey = (d: { number: string; issuingCountry: string }) =>
  `${d.issuingCountry.toUpperCase()}:${d.number.toUpperCase().replace(/[^A-Z0-9]/g, '')}`;

/**
 * Keyed fingerprints of a person: documents and their type and country, name skeleton tokens and
 * their vowel keys, the birth date (and its day-month swap), the birth year and the years near it.
 */
export function fingerprints(person: PersonIdentifiers, hash: KeyedHash): Fingerprint[] {
  const out: Fingerprint[] = [];
  for (const d of person.documents) {
    out.push({ kind: 'document', hash: hash(`document:${documentKey(d)}`) });
    if (d.type)
      out.push({
        kind: 'document_slot',
        hash: hash(`document_slot:${d.type}:${d.issuingCountry.toUpperCase()}`),
      });
  }
  const tokens = [...new Set(person.names.flatMap((n) => nameSkeletons(n)))].sort();
  out.push(...tokens.map((t): Fingerprint => ({ kind: 'name', hash: hash(`name:${t}`) })));
  for (const { skeleton, keys, spelling, vowelGroups } of person.names.flatMap((n) => nameVowelKeys(n))) {
    const token = hash(`name:${skeleton}`);
    for (const key of keys)
      out.push({ kind: 'name_vowels', hash: hash(`name_vowels:${skeleton}|${key}`), token });
    for (const key of spelling)
      out.push({ kind: 'name_spelling', hash: hash(`name_spelling:${skeleton}|${key}`), token });
    if (vowelGroups !== undefined)
      out.push({ kind: 'name_shape', hash: hash(`name_shape:${skeleton}|${vowelGroups}`), token });
  }
  for (const skeleton of tokens) {
    const token = hash(`name:${skeleton}`);
    for (const key of nearKeys(skeleton))
      out.push({ kind: 'name_near', hash: hash(`name_near:${key}`), token });
    // An initial (B. for Bautista) meets any name that starts with its letter.
    out.push({ kind: 'name_initial', hash: hash(`name_initial:${skeleton[0]}`), token });
    if (skeleton.length === 1) out.push({ kind: 'name_abbreviated', hash: hash('name_abbreviated'), token });
  }
  const year = person.dateOfBirth ? Number(person.dateOfBirth.slice(0, 4)) : person.estimatedBirthYear;
  if (person.dateOfBirth) {
    const [y, m, d] = person.dateOfBirth.split('-') as [string, string, string];
    out.push({ kind: 'birth_date', hash: hash(`birth_date:${person.dateOfBirth}`) });
    if (Number(d) <= 12 && d !== m)
      out.push({ kind: 'birth_date_swapped', hash: hash(`birth_date:${y}-${d}-${m}`) });
    out.push({ kind: 'birth_year', hash: hash(`birth_year:${y}`) });
    // One name's skeletons with the birth date: the pseudonymous link of an anonymous notice.
    for (const name of person.names) {
      const skeleton = nameSkeletons(name).sort().join(' ');
      if (skeleton)
        out.push({
          kind: 'name_birth_date',
          hash: hash(`name_birth_date:${skeleton}:${person.dateOfBirth}`),
        });
    }
  }
  if (year !== undefined && Number.isInteger(year)) {
    // Windows that overlap when two years are close: one year either side of a known date, two of an
    // estimate.
    const spread = person.dateOfBirth ? 1 : 2;
    for (let y = year - spread; y <= year + spread; y += 1)
      out.push({ kind: 'birth_year_near', hash: hash(`birth_year_near:${y}`) });
  }
  return dedupe(out);
}

/** The fingerprints that link an anonymous notice to a later referral of the same person. */
export function linkFingerprints(all: Fingerprint[]): Fingerprint[] {
  return all.filter((f) => f.kind === 'document' || f.kind === 'name_birth_date');
}

/** A referral as the matcher sees it: keyed fingerprints, and the facts stored in clear anyway. */
export interface MatchRecord {
  fingerprints: Fingerprint[];
  nationalities: string[];
  sex?: string;
}

/** How two records compare, one level per comparison (Fellegi-Sunter's comparison vector). */
export interface Comparisons {
  document: 'same' | 'conflict' | 'none';
  names: 'all' | 'contained' | 'most' | 'some' | 'none';
  nameTypos: 'exact' | 'near' | 'none';
  nameVowels: 'agree' | 'conflict' | 'none';
  latinVowels: 'agree' | 'near' | 'conflict' | 'none';
  nameRarity: 'rare' | 'common' | 'none';
  birth: 'exact' | 'swapped' | 'year' | 'near' | 'far' | 'unknown';
  nationality: 'shared' | 'different' | 'unknown';
  sex: 'same' | 'different' | 'unknown';
}
export type Comparison = keyof Comparisons;

export const ComparisonLevels: { [C in Comparison]: readonly Comparisons[C][] } = {
  document: ['same', 'conflict', 'none'],
  names: ['all', 'contained', 'most', 'some', 'none'],
  nameTypos: ['exact', 'near', 'none'],
  nameVowels: ['agree', 'conflict', 'none'],
  latinVowels: ['agree', 'near', 'conflict', 'none'],
  nameRarity: ['rare', 'common', 'none'],
  birth: ['exact', 'swapped', 'year', 'near', 'far', 'unknown'],
  nationality: ['shared', 'different', 'unknown'],
  sex: ['same', 'different', 'unknown'],
};

/** Levels that say there was nothing to compare: no evidence either way, so their weight is 0. */
export const NothingToCompare: { [C in Comparison]?: Comparisons[C] } = {
  document: 'none',
  nameTypos: 'none',
  nameVowels: 'none',
  latinVowels: 'none',
  nameRarity: 'none',
  birth: 'unknown',
  nationality: 'unknown',
  sex: 'unknown',
};

const NONE: ReadonlySet<string> = new Set();
const indexes = new WeakMap<MatchRecord, Map<string, Set<string>>>();

/** A record's fingerprint hashes by kind and token, made once per record (a new referral meets many). */
function indexOf(r: MatchRecord): Map<string, Set<string>> {
  let index = indexes.get(r);
  if (!index) {
    index = new Map();
    for (const f of r.fingerprints) {
      const key = `${f.kind}|${f.token ?? ''}`;
      const hashes = index.get(key) ?? new Set<string>();
      hashes.add(f.hash);
      index.set(key, hashes);
    }
    indexes.set(r, index);
  }
  return index;
}

/**
 * Compares two records through their fingerprints alone. `commonNames` holds the `name` hashes of
 * very common name tokens: sharing only those is weak evidence.
 */
export function compare(a: MatchRecord, b: MatchRecord, commonNames: ReadonlySet<string>): Comparisons {
  const of = (r: MatchRecord, kind: FingerprintKind) => indexOf(r).get(`${kind}|`) ?? NONE;
  const meet = (x: ReadonlySet<string>, y: ReadonlySet<string>) => [...x].some((h) => y.has(h));

  const documents = meet(of(a, 'document'), of(b, 'document'))
    ? 'same'
    : meet(of(a, 'document_slot'), of(b, 'document_slot'))
      ? 'conflict'
      : 'none';

  // Tokens whose skeletons meet but whose vowel keys exclude each other do not count as shared.
  const namesA = of(a, 'name');
  const namesB = of(b, 'name');
  const keysOf = (r: MatchRecord, kind: FingerprintKind, token: string) =>
    indexOf(r).get(`${kind}|${token}`) ?? NONE;
  const check = (kind: FingerprintKind, tokens: string[]) => {
    let conflicts = 0;
    let checks = 0;
    const agreeing = tokens.filter((t) => {
      const ka = keysOf(a, kind, t);
      const kb = keysOf(b, kind, t);
      if (ka.size === 0 || kb.size === 0) return true;
      checks += 1;
      if (meet(ka, kb)) return true;
      conflicts += 1;
      return false;
    });
    const level = conflicts > 0 ? 'conflict' : checks > 0 ? 'agree' : 'none';
    return { agreeing, level: level as 'agree' | 'conflict' | 'none' };
  };
  const vowels = check(
    'name_vowels',
    [...namesA].filter((t) => namesB.has(t)),
  );
  const kept = vowels.agreeing;
  const spelling = check('name_spelling', kept);
  // Latin spellings that differ by a vowel group added or dropped are a typo's mark more than another
  // name's (Cabrera / Cabrra); the same number of groups, vowels changed, is another name (Jamal / Jamil).
  const latinVowels =
    spelling.level !== 'conflict'
      ? spelling.level
      : kept.some(
            (t) =>
              !spelling.agreeing.includes(t) && meet(keysOf(a, 'name_shape', t), keysOf(b, 'name_shape', t)),
          )
        ? 'conflict'
        : 'near';
  // Tokens left over on both sides may still be one letter apart (a typo, a dropped letter), or one
  // may be the other's initial.
  const usedB = new Set<string>();
  const near: string[] = [];
  const abbreviated = (r: MatchRecord, t: string) => keysOf(r, 'name_abbreviated', t).size > 0;
  const initialOf = (r: MatchRecord, t: string) => keysOf(r, 'name_initial', t);
  for (const ta of [...namesA].filter((t) => !namesB.has(t))) {
    const nearA = keysOf(a, 'name_near', ta);
    const tb = [...namesB].find(
      (t) =>
        !namesA.has(t) &&
        !usedB.has(t) &&
        (meet(nearA, keysOf(b, 'name_near', t)) ||
          ((abbreviated(a, ta) || abbreviated(b, t)) && meet(initialOf(a, ta), initialOf(b, t)))),
    );
    if (tb === undefined) continue;
    usedB.add(tb);
    near.push(ta);
  }
  const shared = kept.length + near.length;
  const smaller = Math.min(namesA.size, namesB.size);
  const dice = namesA.size + namesB.size === 0 ? 0 : (2 * shared) / (namesA.size + namesB.size);
  const names: Comparisons['names'] =
    shared === 0
      ? 'none'
      : dice === 1
        ? 'all'
        : shared === smaller
          ? 'contained'
          : dice >= 0.6
            ? 'most'
            : 'some';

  const birthDateA = of(a, 'birth_date');
  const birthDateB = of(b, 'birth_date');
  const nearA = of(a, 'birth_year_near');
  const nearB = of(b, 'birth_year_near');
  const birth: Comparisons['birth'] = meet(birthDateA, birthDateB)
    ? 'exact'
    : meet(of(a, 'birth_date_swapped'), birthDateB) || meet(of(b, 'birth_date_swapped'), birthDateA)
      ? 'swapped'
      : meet(of(a, 'birth_year'), of(b, 'birth_year'))
        ? 'year'
        : meet(nearA, nearB)
          ? 'near'
          : nearA.size > 0 && nearB.size > 0
            ? 'far'
            : 'unknown';

  return {
    document: documents,
    names,
    nameTypos: shared === 0 ? 'none' : near.length > 0 ? 'near' : 'exact',
    nameVowels: vowels.level,
    latinVowels,
    nameRarity:
      shared === 0 ? 'none' : [...kept, ...near].some((t) => !commonNames.has(t)) ? 'rare' : 'common',
    birth,
    nationality:
      a.nationalities.length === 0 || b.nationalities.length === 0
        ? 'unknown'
        : a.nationalities.some((n) => b.nationalities.includes(n))
          ? 'shared'
          : 'different',
    sex:
      !a.sex || !b.sex || a.sex === 'unknown' || b.sex === 'unknown'
        ? 'unknown'
        : a.sex === b.sex
          ? 'same'
          : 'different',
  };
}

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

function dedupe(list: Fingerprint[]): Fingerprint[] {
  const seen = new Set<string>();
  return list.filter((f) => {
    const key = `${f.kind}:${f.hash}:${f.token ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

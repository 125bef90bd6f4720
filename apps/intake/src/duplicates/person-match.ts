import type { Fingerprint, FingerprintKind } from './fingerprints';

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

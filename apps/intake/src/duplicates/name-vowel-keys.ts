import {
  ARABIC_CONSONANTS,
  ARABIC_LETTER,
  ARABIC_WAW,
  ARABIC_YA,
  arabicTokenSkeleton,
  finish,
  latinParts,
  latinTokenSkeleton,
  nameTokens,
  unique,
} from './name-skeleton';

/**
 * Vowel keys separate names whose consonant skeletons collide (محمد / محمود, Mohammed / Mahmoud,
 * Hasan / Husayn) without losing the cross-script match. A key is the skeleton with the long vowels
 * marked: `U` (و, ou, oo, w), `I` (ي, ee, ei, ai, ay, y). Arabic writes long vowels, so an Arabic
 * token has one key; a single Latin u, o or i may stand for a short or a long vowel, so a Latin token
 * has every key its spelling allows. Two spellings of one token agree when their keys meet.
 */
export interface TokenVowelKeys {
  skeleton: string;
  keys: string[];
  /** Latin tokens only: every vowel by class, for comparing with another Latin spelling. */
  spelling: string[];
  /** Latin tokens only: how many vowel groups the spelling has (a typo adds or drops one). */
  vowelGroups?: number;
}

/** Latin spellings beyond this many vowel keys are not given keys: their vowels decide nothing. */
const MOST_VOWEL_KEYS = 32;

export function nameVowelKeys(name: string): TokenVowelKeys[] {
  const arabic = ARABIC_LETTER.test(name);
  return nameTokens(name).flatMap((token): TokenVowelKeys[] => {
    const skeleton = finish(arabic ? arabicTokenSkeleton(token) : latinTokenSkeleton(token));
    if (!skeleton) return [];
    const keys = arabic ? [arabicVowelKey(token)] : latinVowelKeys(token);
    if (keys.length === 0) return [];
    if (arabic) return [{ skeleton, keys: unique(keys), spelling: [] }];
    const vowelGroups = latinParts(token).filter((p) => p.vowels !== undefined).length;
    const spelling = unique(latinSpellingKeys(token));
    return [{ skeleton, keys: unique(keys), spelling, vowelGroups }];
  });
}

function arabicVowelKey(token: string): string {
  let out = '';
  [...token].forEach((ch, i) => {
    if (ch === ARABIC_WAW || ch === ARABIC_YA)
      out += i === 0 ? (ch === ARABIC_WAW ? 'w' : 'y') : ch === ARABIC_WAW ? 'U' : 'I';
    else out += ARABIC_CONSONANTS[ch] ?? '';
  });
  // A word's last vowel is not compared: ى and ي end words alike (مرسى, مرسي), and foreign names end
  // in a written vowel (تاديسي, Tadesse).
  return finishKey(out.replace(/[UI]$/, ''));
}

const LONG_U = new Set(['ou', 'oo', 'uu', 'au', 'aw', 'ow', 'uw']);
const LONG_I = new Set(['ee', 'ei', 'ie', 'ii', 'ai', 'ay', 'ey', 'iy', 'ea']);

function latinVowelKeys(token: string): string[] {
  // Each consonant stays; each vowel group leaves the long vowels it may stand for.
  let keys = [''];
  for (const part of latinParts(token)) {
    // A word's last vowel is not compared (see arabicVowelKey); its first may be an alef or ain
    // (أحمد, Ahmad; عمر, Omar) or a written long vowel (أيمن, Ayman).
    const options =
      part.consonant ??
      (part.last
        ? ['']
        : part.first
          ? [...new Set(['', ...vowelOptions(part.vowels as string)])]
          : vowelOptions(part.vowels as string));
    keys = keys.flatMap((k) => (typeof options === 'string' ? [k + options] : options.map((o) => k + o)));
    if (keys.length > MOST_VOWEL_KEYS) return [];
  }
  return keys.map(finishKey);
}

/**
 * Latin spellings compared with Latin spellings keep every vowel, by class: a (a, e), i (i, e, y),
 * u (o, u, w). Mohammed and Muhammad meet, Jamal and Jamil or Ahmed and Hamed do not.
 */
function latinSpellingKeys(token: string): string[] {
  let keys = [''];
  for (const part of latinParts(token)) {
    const options = part.consonant !== undefined ? [part.consonant] : vowelClasses(part.vowels as string);
    keys = keys.flatMap((k) => options.map((o) => k + o));
    if (keys.length > MOST_VOWEL_KEYS) return [];
  }
  return keys.map(finishKey);
}

/**
 * Whether a vowel group of two or more letters is written as a long u or i: a digraph (ou, ee, ay...),
 * or a w or y beside a vowel, a consonantal waw or ya (Marwan, مروان; Fayez, فايز).
 */
function longVowels(group: string): { u: boolean; i: boolean } {
  const pairs = [...group.slice(0, -1)].map((c, n) => c + (group[n + 1] as string));
  return {
    u: group.includes('w') || pairs.some((p) => LONG_U.has(p)),
    i: group.includes('y') || pairs.some((p) => LONG_I.has(p)),
  };
}

function vowelClasses(group: string): string[] {
  const long = longVowels(group);
  if (long.u) return ['U'];
  if (long.i) return ['I'];
  const first = group[0] as string;
  if (first === 'o' || first === 'u') return ['U'];
  if (first === 'i') return ['I'];
  if (first === 'e') return ['A', 'I'];
  return ['A'];
}

function vowelOptions(group: string): string[] {
  if (group.length === 1) {
    if (group === 'w') return ['U'];
    if (group === 'y') return ['I'];
    if (group === 'u' || group === 'o') return ['', 'U'];
    // Arabic renderings of other languages' names write an e or i as ي (نيلان, Nilan; بيغم, Begum).
    if (group === 'i' || group === 'e') return ['', 'I'];
    // An a is a short vowel or an alef, which the keys leave out.
    return [''];
  }
  const { u, i } = longVowels(group);
  if (u && i) return ['UI', 'IU', 'U', 'I'];
  if (u) return ['U'];
  if (i) return ['I'];
  // aa, ae, ua, oa...: an alef, an ain between vowels, or a short vowel and an alef.
  return [
    '',
    ...(group.includes('u') || group.includes('o') ? ['U'] : []),
    ...(group.includes('i') || group.includes('e') ? ['I'] : []),
  ];
}

function finishKey(key: string): string {
  // As finish(): doubled letters collapse (a doubled long vowel too) and a final h is dropped.
  return key.replace(/(.)\1+/g, '$1').replace(/h$/, '');
}

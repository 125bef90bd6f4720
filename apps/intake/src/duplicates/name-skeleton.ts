/**
 * Normalises personal names so that spellings of one name, in Arabic or Latin script, meet:
 * Arabic loses diacritics and tatweel and has its alef, ya/alef maqsura and ta marbuta forms unified;
 * both scripts are reduced to a consonant skeleton on one shared alphabet (Mohammed, Muhammad and
 * محمد all become `mhmd`). Skeletons are compared only as keyed hashes, never stored as such.
 */

const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;

/** Arabic spelling normalisation (before the skeleton). */
export function normaliseArabic(text: string): string {
  return text
    .replace(ARABIC_DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627') // آ أ إ ٱ -> ا
    .replace(/\u0649/g, '\u064A') // ى -> ي
    .replace(/\u0629/g, '\u0647') // ة -> ه
    .replace(/\u0624/g, '\u0648') // ؤ -> و
    .replace(/\u0626/g, '\u064A') // ئ -> ي
    .replace(/\s+/g, ' ')
    .trim();
}

/** Arabic letters on the shared consonant alphabet; '' for letters Latin spellings drop. */
const ARABIC_CONSONANTS: Record<string, string> = {
  '\u0628': 'b', // ب
  '\u062A': 't', // ت
  '\u062B': 't', // ث (th)
  '\u062C': 'j', // ج
  '\u062D': 'h', // ح
  '\u062E': 'k', // خ (kh)
  '\u062F': 'd', // د
  '\u0630': 'd', // ذ (dh)
  '\u0631': 'r', // ر
  '\u0632': 'z', // ز
  '\u0633': 's', // س
  '\u0634': 's', // ش (sh)
  '\u0635': 's', // ص
  '\u0636': 'd', // ض
  '\u0637': 't', // ط
  '\u0638': 'z', // ظ
  '\u0639': '', // ع
  '\u063A': 'j', // غ (gh)
  '\u0641': 'f', // ف
  '\u0642': 'k', // ق
  '\u0643': 'k', // ك
  '\u0644': 'l', // ل
  '\u0645': 'm', // م
  '\u0646': 'n', // ن
  '\u0647': 'h', // ه (and ة after normalisation)
  '\u0621': '', // ء
  '\u0627': '', // ا
};
const ARABIC_WAW = '\u0648';
const ARABIC_YA = '\u064A';

function arabicTokenSkeleton(token: string): string {
  let out = '';
  [...token].forEach((ch, i) => {
    if (ch === ARABIC_WAW || ch === ARABIC_YA) {
      // Consonants at the start of a word (Walid, Yusuf), long vowels elsewhere.
      if (i === 0) out += ch === ARABIC_WAW ? 'w' : 'y';
      return;
    }
    out += ARABIC_CONSONANTS[ch] ?? '';
  });
  return out;
}

const LATIN_DIGRAPHS: [RegExp, string][] = [
  [/kh/g, 'k'],
  [/gh/g, 'j'],
  [/sh/g, 's'],
  [/ch/g, 's'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/ph/g, 'f'],
];

/** Latin consonants folded onto the shared alphabet (kh to k, q and c to k, g to j, p to b, v to f). */
function foldLatin(token: string): string {
  let t = token;
  for (const [pattern, replacement] of LATIN_DIGRAPHS) t = t.replace(pattern, replacement);
  // Arabic has no p, v or hard g: Pabitra is written بابيترا, Vijay فيجاي, Gurung جورونج.
  return t.replace(/[qc]/g, 'k').replace(/g/g, 'j').replace(/v/g, 'f').replace(/p/g, 'b').replace(/x/g, 'ks');
}

/** A vowel: a, e, i, o, u, and w or y after a word's first letter. */
const isLatinVowel = (t: string, at: number) =>
  'aeiou'.includes(t[at] as string) || ((t[at] === 'w' || t[at] === 'y') && at > 0);

/** A folded Latin token as consonants and vowel groups, in order. */
function latinParts(token: string): { consonant?: string; vowels?: string; first: boolean; last: boolean }[] {
  const t = foldLatin(token);
  const parts: { consonant?: string; vowels?: string; first: boolean; last: boolean }[] = [];
  let i = 0;
  while (i < t.length) {
    if (!isLatinVowel(t, i)) {
      parts.push({ consonant: t[i], first: i === 0, last: i === t.length - 1 });
      i += 1;
      continue;
    }
    const start = i;
    let group = '';
    while (i < t.length && isLatinVowel(t, i)) group += t[i++];
    parts.push({ vowels: group, first: start === 0, last: i === t.length });
  }
  return parts;
}

function latinTokenSkeleton(token: string): string {
  return latinParts(token)
    .map((p) => p.consonant ?? '')
    .join('');
}

function finish(skeleton: string): string {
  // Doubled letters collapse; a final h is dropped (Fatimah/Fatima, Abdullah/عبدالله).
  return skeleton.replace(/(.)\1+/g, '$1').replace(/h$/, '');
}

const ARABIC_LETTER = /[\u0600-\u06FF]/;
const LATIN_ARTICLES = new Set(['al', 'el']);
const LATIN_SERVANT = new Set(['abd', 'abdul', 'abdel', 'abdol']);
const ARABIC_SERVANT = '\u0639\u0628\u062F'; // عبد

/** Skeleton tokens of a name in either script; empty tokens are dropped. */
export function nameSkeletons(name: string): string[] {
  const arabic = ARABIC_LETTER.test(name);
  return unique(nameTokens(name).map((t) => finish(arabic ? arabicTokenSkeleton(t) : latinTokenSkeleton(t))));
}

function unique(tokens: string[]): string[] {
  return [...new Set(tokens.filter(Boolean))];
}

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

/**
 * A name's tokens before reduction: Arabic normalised, Latin folded (case, accents), the article
 * dropped, and `Abd al-` names joined into one token (عبد الرحمن, Abdul Rahman, Abd al-Rahman).
 */
function nameTokens(name: string): string[] {
  const out: string[] = [];
  if (ARABIC_LETTER.test(name)) {
    const tokens = normaliseArabic(name)
      .replace(/[^\u0600-\u06FF\s]/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
    for (let i = 0; i < tokens.length; i += 1) {
      if (tokens[i] === ARABIC_SERVANT && i + 1 < tokens.length) {
        out.push(tokens[i] + tokens[i + 1]);
        i += 1;
      } else
        out.push(
          tokens[i].startsWith('\u0627\u0644') && tokens[i].length > 3 ? tokens[i].slice(2) : tokens[i],
        );
    }
    return out;
  }
  const tokens = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z\s-]/g, ' ')
    .split(/[\s-]+/)
    .filter(Boolean);
  for (let i = 0; i < tokens.length; i += 1) {
    if (LATIN_SERVANT.has(tokens[i]) && i + 1 < tokens.length) {
      let next = tokens[i + 1];
      let skip = 1;
      if (LATIN_ARTICLES.has(next) && i + 2 < tokens.length) {
        next = `l${tokens[i + 2]}`;
        skip = 2;
      }
      const servant = tokens[i] === 'abd' && !next.startsWith('l') ? 'abdl' : tokens[i];
      out.push(servant + next);
      i += skip;
    } else if (!LATIN_ARTICLES.has(tokens[i])) {
      // Alkhatib and Almasri lose their joined article; Alemu, Almaz and Elias keep their first syllable.
      out.push(tokens[i].replace(/^(al|el)(?=[b-df-hj-np-tv-z][a-z]{4,})/, ''));
    }
  }
  return out;
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

/**
 * Keys that meet when two skeletons are one letter apart (a letter dropped, added or changed): the
 * skeleton and each skeleton with one letter deleted. Skeletons shorter than three letters have none.
 */
export function nearKeys(skeleton: string): string[] {
  // A two-letter skeleton meets a three-letter one with a letter dropped (Dion, Dizon), never
  // another two-letter one.
  if (skeleton.length < 3) return skeleton.length === 2 ? [skeleton] : [];
  return unique([skeleton, ...[...skeleton].map((_, i) => skeleton.slice(0, i) + skeleton.slice(i + 1))]);
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

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
export const ARABIC_CONSONANTS: Record<string, string> = {
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
export const ARABIC_WAW = '\u0648';
export const ARABIC_YA = '\u064A';

export function arabicTokenSkeleton(token: string): string {
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
export function latinParts(
  token: string,
): { consonant?: string; vowels?: string; first: boolean; last: boolean }[] {
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

export function latinTokenSkeleton(token: string): string {
  return latinParts(token)
    .map((p) => p.consonant ?? '')
    .join('');
}

export function finish(skeleton: string): string {
  // Doubled letters collapse; a final h is dropped (Fatimah/Fatima, Abdullah/عبدالله).
  return skeleton.replace(/(.)\1+/g, '$1').replace(/h$/, '');
}

export const ARABIC_LETTER = /[\u0600-\u06FF]/;
const LATIN_ARTICLES = new Set(['al', 'el']);
const LATIN_SERVANT = new Set(['abd', 'abdul', 'abdel', 'abdol']);
const ARABIC_SERVANT = '\u0639\u0628\u062F'; // عبد

/** Skeleton tokens of a name in either script; empty tokens are dropped. */
export function nameSkeletons(name: string): string[] {
  const arabic = ARABIC_LETTER.test(name);
  return unique(nameTokens(name).map((t) => finish(arabic ? arabicTokenSkeleton(t) : latinTokenSkeleton(t))));
}

export function unique(tokens: string[]): string[] {
  return [...new Set(tokens.filter(Boolean))];
}

/**
 * A name's tokens before reduction: Arabic normalised, Latin folded (case, accents), the article
 * dropped, and `Abd al-` names joined into one token (عبد الرحمن, Abdul Rahman, Abd al-Rahman).
 */
export function nameTokens(name: string): string[] {
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

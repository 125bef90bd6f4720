import { nameSkeletons } from './name-skeleton';

/** What identifies a person for matching; only keyed hashes of it are ever kept. */
export interface PersonIdentifiers {
  names: string[];
  dateOfBirth?: string;
  documents: { number: string; issuingCountry: string }[];
}

export type FingerprintKind = 'document' | 'name' | 'birth_date' | 'birth_year' | 'name_birth_date';

export interface Fingerprint {
  kind: FingerprintKind;
  hash: string;
}

/** A keyed one-way function (HMAC with a key only intake holds). */
export type KeyedHash = (value: string) => string;

const documentKey = (d: { number: string; issuingCountry: string }) =>
  `${d.issuingCountry.toUpperCase()}:${d.number.toUpperCase().replace(/[^A-Z0-9]/g, '')}`;

/** Keyed fingerprints of a person: documents, name skeleton tokens, birth date and year. */
export function fingerprints(person: PersonIdentifiers, hash: KeyedHash): Fingerprint[] {
  const out: Fingerprint[] = person.documents.map((d) => ({
    kind: 'document',
    hash: hash(`document:${documentKey(d)}`),
  }));
  const tokens = [...new Set(person.names.flatMap((n) => nameSkeletons(n)))].sort();
  out.push(...tokens.map((t): Fingerprint => ({ kind: 'name', hash: hash(`name:${t}`) })));
  if (person.dateOfBirth) {
    out.push({ kind: 'birth_date', hash: hash(`birth_date:${person.dateOfBirth}`) });
    out.push({ kind: 'birth_year', hash: hash(`birth_year:${person.dateOfBirth.slice(0, 4)}`) });
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
  return dedupe(out);
}

/** The fingerprints that link an anonymous notice to a later referral of the same person. */
export function linkFingerprints(all: Fingerprint[]): Fingerprint[] {
  return all.filter((f) => f.kind === 'document' || f.kind === 'name_birth_date');
}

export interface MatchCandidate {
  fingerprints: Fingerprint[];
  nationalities: string[];
}

export interface MatchResult {
  score: number;
  matchedOn: ('document' | 'name' | 'birth_date' | 'birth_year' | 'nationality')[];
}

/** Score at or above which two referrals are linked as a likely duplicate for a person to review. */
export const LIKELY_DUPLICATE = 0.75;

/**
 * How likely two referrals concern one person, 0 to 1. A shared document decides; otherwise names
 * weigh 0.6 (Dice coefficient of skeleton tokens), birth date 0.3 (year alone 0.15) and a shared
 * nationality 0.1, so a common name alone never reaches the threshold.
 */
export function matchScore(a: MatchCandidate, b: MatchCandidate): MatchResult {
  const of = (c: MatchCandidate, kind: FingerprintKind) =>
    new Set(c.fingerprints.filter((f) => f.kind === kind).map((f) => f.hash));
  const shared = (kind: FingerprintKind) => [...of(a, kind)].filter((h) => of(b, kind).has(h)).length;
  if (shared('document') > 0) return { score: 1, matchedOn: ['document'] };

  const matchedOn: MatchResult['matchedOn'] = [];
  const namesA = of(a, 'name');
  const namesB = of(b, 'name');
  const name = namesA.size + namesB.size === 0 ? 0 : (2 * shared('name')) / (namesA.size + namesB.size);
  if (name > 0) matchedOn.push('name');
  let birth = 0;
  if (shared('birth_date') > 0) {
    birth = 1;
    matchedOn.push('birth_date');
  } else if (shared('birth_year') > 0) {
    birth = 0.5;
    matchedOn.push('birth_year');
  }
  const nationality = a.nationalities.some((n) => b.nationalities.includes(n)) ? 1 : 0;
  if (nationality) matchedOn.push('nationality');
  const score = Math.round((0.6 * name + 0.3 * birth + 0.1 * nationality) * 1000) / 1000;
  return { score, matchedOn };
}

function dedupe(list: Fingerprint[]): Fingerprint[] {
  const seen = new Set<string>();
  return list.filter((f) => {
    const key = `${f.kind}:${f.hash}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

import { nameSkeletons, nearKeys } from './name-skeleton';
import { nameVowelKeys } from './name-vowel-keys';

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

function dedupe(list: Fingerprint[]): Fingerprint[] {
  const seen = new Set<string>();
  return list.filter((f) => {
    const key = `${f.kind}:${f.hash}:${f.token ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

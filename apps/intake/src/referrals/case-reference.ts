import { randomInt } from 'node:crypto';

// No 0/O or 1/I, so a reference read out over a phone is not misheard.
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A short, unguessable, human-friendly case reference such as `KW-2026-7H2K9Q`. */
export function newCaseReference(jurisdiction: string, year: number): string {
  let code = '';
  for (let i = 0; i < 6; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${jurisdiction}-${year}-${code}`;
}

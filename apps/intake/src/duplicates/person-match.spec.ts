import { createHmac } from 'node:crypto';
import { LIKELY_DUPLICATE, fingerprints, linkFingerprints, matchScore } from './person-match';
import type { PersonIdentifiers } from './person-match';

const hash = (v: string) => createHmac('sha256', 'test-key').update(v).digest('hex');
const candidate = (p: PersonIdentifiers, nationalities: string[]) => ({
  fingerprints: fingerprints(p, hash),
  nationalities,
});

const police = candidate(
  { names: ['Mohammed Abdul Rahman Hassan'], dateOfBirth: '1990-04-02', documents: [] },
  ['EG'],
);

describe('matchScore', () => {
  it('links the same person spelled differently in Latin script', () => {
    const immigration = candidate(
      { names: ['Muhammad Abdulrahman Hasan'], dateOfBirth: '1990-04-02', documents: [] },
      ['EG'],
    );
    const result = matchScore(police, immigration);
    expect(result.score).toBeGreaterThanOrEqual(LIKELY_DUPLICATE);
    expect(result.matchedOn).toEqual(['name', 'birth_date', 'nationality']);
  });

  it('links the same person written in Arabic and in Latin script', () => {
    const embassy = candidate({ names: ['محمد عبد الرحمن حسن'], dateOfBirth: '1990-04-02', documents: [] }, [
      'EG',
    ]);
    expect(matchScore(police, embassy).score).toBe(1);
  });

  it('links on a shared document whatever the names', () => {
    const a = candidate({ names: ['A B'], documents: [{ number: 'p-123 456', issuingCountry: 'ph' }] }, [
      'PH',
    ]);
    const b = candidate({ names: ['C D'], documents: [{ number: 'P123456', issuingCountry: 'PH' }] }, ['NP']);
    expect(matchScore(a, b)).toEqual({ score: 1, matchedOn: ['document'] });
  });

  it('does not link on a common name alone', () => {
    const other = candidate(
      { names: ['Mohammed Abdul Rahman Hassan'], dateOfBirth: '1971-09-30', documents: [] },
      ['SY'],
    );
    expect(matchScore(police, other).score).toBeLessThan(LIKELY_DUPLICATE);
  });

  it('does not link different people of the same birth date and nationality', () => {
    const other = candidate({ names: ['Ahmed Saleh Youssef'], dateOfBirth: '1990-04-02', documents: [] }, [
      'EG',
    ]);
    expect(matchScore(police, other).score).toBeLessThan(LIKELY_DUPLICATE);
  });

  it('links on the name and birth year when the day is unknown', () => {
    const other = candidate(
      { names: ['Mohamed Abdelrahman Hassan'], dateOfBirth: '1990-01-01', documents: [] },
      ['EG'],
    );
    expect(matchScore(police, other).score).toBeGreaterThanOrEqual(LIKELY_DUPLICATE);
  });
});

describe('fingerprints', () => {
  it('holds only keyed hashes, never a name, number or date', () => {
    const all = fingerprints(
      {
        names: ['Amina Yusuf', 'أمينة يوسف'],
        dateOfBirth: '1996-03-14',
        documents: [{ number: 'P7654321', issuingCountry: 'PH' }],
      },
      hash,
    );
    const text = JSON.stringify(all);
    for (const needle of ['Amina', 'Yusuf', 'mn', 'ysf', '1996', 'P7654321'])
      expect(text).not.toContain(`"${needle}`);
    expect(all.every((f) => /^[0-9a-f]{64}$/.test(f.hash))).toBe(true);
  });

  it('gives an anonymous notice and a later referral of the same person a shared link', () => {
    const notice = linkFingerprints(
      fingerprints({ names: ['Yousef Ali'], dateOfBirth: '1988-07-07', documents: [] }, hash),
    );
    const referral = linkFingerprints(
      fingerprints({ names: ['يوسف علي'], dateOfBirth: '1988-07-07', documents: [] }, hash),
    );
    expect(notice.some((n) => referral.some((r) => r.hash === n.hash))).toBe(true);
  });
});

import { createHmac } from 'node:crypto';
import { fingerprints, linkFingerprints } from './fingerprints';
import type { PersonIdentifiers } from './fingerprints';
import { scoreMatch } from './match-score';
import type { MatchWeights } from './match-score';
import { compare } from './person-match';
import type { MatchRecord } from './person-match';

const hash = (v: string) => createHmac('sha256', 'test-key').update(v).digest('hex');
const record = (p: PersonIdentifiers, nationalities: string[], sex = 'male'): MatchRecord => ({
  fingerprints: fingerprints(p, hash),
  nationalities,
  sex,
});
const none = new Set<string>();

const police = record({ names: ['Mohammed Abdul Rahman Hassan'], dateOfBirth: '1990-04-02', documents: [] }, [
  'EG',
]);

describe('compare', () => {
  it('meets the same person spelled differently in Latin script', () => {
    const immigration = record(
      { names: ['Muhammad Abdulrahman Hasan'], dateOfBirth: '1990-04-02', documents: [] },
      ['EG'],
    );
    expect(compare(police, immigration, none)).toEqual({
      document: 'none',
      names: 'all',
      nameTypos: 'exact',
      nameVowels: 'agree',
      latinVowels: 'agree',
      nameRarity: 'rare',
      birth: 'exact',
      nationality: 'shared',
      sex: 'same',
    });
  });

  it('meets the same person written in Arabic and in Latin script', () => {
    const embassy = record({ names: ['محمد عبد الرحمن حسن'], dateOfBirth: '1990-04-02', documents: [] }, [
      'EG',
    ]);
    expect(compare(police, embassy, none)).toMatchObject({
      names: 'all',
      nameVowels: 'agree',
      birth: 'exact',
    });
  });

  it('tells names whose consonants collide apart by their long vowels, in either script', () => {
    const mahmoud = record({ names: ['محمود عبد الرحمن حسن'], dateOfBirth: '1990-04-02', documents: [] }, [
      'EG',
    ]);
    expect(compare(police, mahmoud, none)).toMatchObject({ names: 'most', nameVowels: 'conflict' });
    const husayn = record({ names: ['Mahmoud Abdul Rahman Husayn'], documents: [] }, ['EG']);
    expect(compare(police, husayn, none)).toMatchObject({ names: 'some', nameVowels: 'conflict' });
  });

  it('counts conflicting documents of one type and country against a match', () => {
    const a = record(
      {
        names: ['Ram Bahadur Thapa'],
        documents: [{ type: 'passport', number: 'PA123', issuingCountry: 'NP' }],
      },
      ['NP'],
    );
    const b = record(
      {
        names: ['Ram Bahadur Thapa'],
        documents: [{ type: 'passport', number: 'PA999', issuingCountry: 'np' }],
      },
      ['NP'],
    );
    const c = record(
      { names: ['Ram Thapa'], documents: [{ type: 'passport', number: 'p-a 123', issuingCountry: 'np' }] },
      ['NP'],
    );
    expect(compare(a, b, none).document).toBe('conflict');
    expect(compare(a, c, none).document).toBe('same');
  });

  it('grades birth dates: exact, day and month swapped, same year, near, years apart, unknown', () => {
    const born = (dateOfBirth?: string, estimatedBirthYear?: number) =>
      record({ names: ['Maria Santos'], dateOfBirth, estimatedBirthYear, documents: [] }, ['PH'], 'female');
    const a = born('1990-04-02');
    expect(compare(a, born('1990-04-02'), none).birth).toBe('exact');
    expect(compare(a, born('1990-02-04'), none).birth).toBe('swapped');
    expect(compare(a, born('1990-12-30'), none).birth).toBe('year');
    expect(compare(a, born(undefined, 1992), none).birth).toBe('near');
    expect(compare(a, born('1995-04-02'), none).birth).toBe('far');
    expect(compare(a, born(), none).birth).toBe('unknown');
  });

  it('marks a match on very common names only as common', () => {
    const common = new Set([hash('name:mhmd'), hash('name:l')]);
    const a = record({ names: ['Mohammed Ali'], documents: [] }, ['PK']);
    const b = record({ names: ['Muhammad Ali'], documents: [] }, ['IN']);
    expect(compare(a, b, common)).toMatchObject({
      names: 'all',
      nameRarity: 'common',
      nationality: 'different',
    });
  });
});

describe('scoreMatch', () => {
  const level = (weight: number) => ({ m: 0.5, u: 0.5, weight });
  const flat = <L extends string>(levels: readonly L[], weight: (l: L) => number) =>
    Object.fromEntries(levels.map((l) => [l, level(weight(l))])) as Record<L, ReturnType<typeof level>>;
  const weights: MatchWeights = {
    version: 'test.1',
    estimatedFrom: 'test',
    prior: -2,
    threshold: 0.9,
    commonNames: [],
    comparisons: {
      document: flat(['same', 'conflict', 'none'] as const, (l) =>
        l === 'same' ? 10 : l === 'conflict' ? -8 : 0,
      ),
      names: flat(['all', 'contained', 'most', 'some', 'none'] as const, (l) => (l === 'all' ? 6 : 0)),
      nameTypos: flat(['exact', 'near', 'none'] as const, () => 0),
      nameVowels: flat(['agree', 'conflict', 'none'] as const, (l) => (l === 'conflict' ? -5 : 0)),
      latinVowels: flat(['agree', 'near', 'conflict', 'none'] as const, () => 0),
      nameRarity: flat(['rare', 'common', 'none'] as const, () => 0),
      birth: flat(['exact', 'swapped', 'year', 'near', 'far', 'unknown'] as const, (l) =>
        l === 'exact' ? 3 : 0,
      ),
      nationality: flat(['shared', 'different', 'unknown'] as const, () => 0),
      sex: flat(['same', 'different', 'unknown'] as const, () => 0),
    },
  };

  it('adds the weights of every comparison to the prior, and explains each', () => {
    const result = scoreMatch(compare(police, police, none), weights);
    expect(result.score).toBe(0.992);
    expect(result.ruleVersion).toBe('test.1');
    expect(result.explanation.slice(0, 3)).toEqual([
      { comparison: 'document', level: 'none', weight: 0 },
      { comparison: 'names', level: 'all', weight: 6 },
      { comparison: 'nameTypos', level: 'exact', weight: 0 },
    ]);
    expect(result.matchedOn).toEqual(['name', 'birth_date', 'nationality']);
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

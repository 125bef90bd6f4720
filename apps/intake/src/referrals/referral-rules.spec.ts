import { LocalDate } from '@nrm/calendar';
import { ageOn, checkReferralRules, isHandledAsChild } from './referral-rules';
import type { ReferralFacts } from './referral-rules';

const today = LocalDate.parse('2026-11-29');
const adult = (overrides: Partial<ReferralFacts['person']> = {}, consent = true): ReferralFacts => ({
  encounterDate: '2026-11-28',
  person: { names: { latin: 'A Person' }, dateOfBirth: '1990-05-01', ...overrides },
  consentToReferral: consent,
});

describe('ageOn', () => {
  it('counts full years, turning a year older on the birthday', () => {
    const birth = LocalDate.parse('2008-11-29');
    expect(ageOn(birth, LocalDate.parse('2026-11-28'))).toBe(17);
    expect(ageOn(birth, LocalDate.parse('2026-11-29'))).toBe(18);
  });
});

describe('isHandledAsChild', () => {
  it('treats a person under 18 on the encounter date as a child', () => {
    expect(isHandledAsChild(adult({ dateOfBirth: '2009-01-01' }))).toBe(true);
    expect(isHandledAsChild(adult({ dateOfBirth: '2008-11-28' }))).toBe(false);
  });

  it('treats a person of unknown age as a child until assessed', () => {
    expect(isHandledAsChild(adult({ dateOfBirth: undefined }))).toBe(true);
  });

  it('uses an estimated age when the date of birth is unknown', () => {
    expect(isHandledAsChild(adult({ dateOfBirth: undefined, estimatedAge: 16 }))).toBe(true);
    expect(isHandledAsChild(adult({ dateOfBirth: undefined, estimatedAge: 25 }))).toBe(false);
  });
});

describe('checkReferralRules', () => {
  it('accepts a consented adult referral', () => {
    expect(checkReferralRules(adult(), today)).toEqual([]);
  });

  it('refuses an encounter in the future', () => {
    expect(checkReferralRules({ ...adult(), encounterDate: '2026-11-30' }, today)).toEqual([
      { field: 'encounter.date', message: 'encounter.date is in the future' },
    ]);
  });

  it('refuses a birth after the encounter and impossible dates', () => {
    expect(checkReferralRules(adult({ dateOfBirth: '2026-11-29' }), today).map((p) => p.field)).toEqual([
      'person.dateOfBirth',
    ]);
    expect(checkReferralRules(adult({ dateOfBirth: '1990-02-30' }), today).map((p) => p.field)).toEqual([
      'person.dateOfBirth',
    ]);
    expect(checkReferralRules(adult({ dateOfBirth: '1890-01-01' }), today).map((p) => p.field)).toEqual([
      'person.dateOfBirth',
    ]);
  });

  it('needs a name in Arabic or Latin script', () => {
    expect(checkReferralRules(adult({ names: {} }), today).map((p) => p.field)).toEqual(['person.names']);
  });

  it('refuses both a date of birth and an estimated age', () => {
    expect(checkReferralRules(adult({ estimatedAge: 30 }), today).map((p) => p.field)).toEqual([
      'person.estimatedAge',
    ]);
  });

  it("needs an adult's consent, but never a child's", () => {
    expect(checkReferralRules(adult({}, false), today).map((p) => p.field)).toEqual(['consent.referral']);
    expect(checkReferralRules(adult({ dateOfBirth: '2012-03-03' }, false), today)).toEqual([]);
    expect(checkReferralRules(adult({ dateOfBirth: undefined }, false), today)).toEqual([]);
  });
});

import {
  checkAppeal,
  checkCharge,
  checkVerdict,
  maySeeInvestigation,
  maySeeSuspects,
  nextHearingStatus,
} from './proceedings-rules';

const article2 = { aggravating: [{ code: 'vulnerable_victim' }, { code: 'organised_crime_group' }] };

describe('proceedings rules', () => {
  it('gives no verdict without a charge, and a sentence only with a conviction', () => {
    const base = { chargeExists: true, outcome: 'convicted' as const, alreadyDecidedAtLevel: false };
    expect(() => checkVerdict({ ...base, sentenceMonths: 180 })).not.toThrow();
    expect(() => checkVerdict({ ...base, chargeExists: false })).toThrow('a verdict needs a charge');
    expect(() => checkVerdict({ ...base, outcome: 'acquitted', sentenceMonths: 12 })).toThrow(
      'only a conviction',
    );
    expect(() => checkVerdict({ ...base, alreadyDecidedAtLevel: true })).toThrow('already has a verdict');
  });

  it('takes no appeal before a verdict, nor one dated before it, nor two from one party', () => {
    expect(() => checkAppeal({ filedOn: '2027-01-10', alreadyFiledByParty: false })).toThrow(
      'needs a verdict first',
    );
    expect(() =>
      checkAppeal({ verdictDecidedOn: '2027-01-10', filedOn: '2027-01-09', alreadyFiledByParty: false }),
    ).toThrow('on or after the verdict');
    expect(() =>
      checkAppeal({ verdictDecidedOn: '2027-01-10', filedOn: '2027-01-20', alreadyFiledByParty: true }),
    ).toThrow('already appealed');
    expect(() =>
      checkAppeal({ verdictDecidedOn: '2027-01-10', filedOn: '2027-01-20', alreadyFiledByParty: false }),
    ).not.toThrow();
  });

  it('charges only catalogued articles with their own aggravating circumstances', () => {
    expect(() => checkCharge(article2, 'kw-91-2013', '2', ['vulnerable_victim'])).not.toThrow();
    expect(() => checkCharge(undefined, 'kw-91-2013', '99', [])).toThrow('not in the catalogue');
    expect(() => checkCharge(article2, 'kw-91-2013', '2', ['bad_weather'])).toThrow(
      'no aggravating circumstance bad_weather',
    );
  });

  it('holds or postpones only a scheduled hearing', () => {
    expect(nextHearingStatus('scheduled', 'held')).toBe('held');
    expect(nextHearingStatus('scheduled', 'postponed')).toBe('scheduled');
    expect(() => nextHearingStatus('held', 'postponed')).toThrow('a held hearing cannot be postponed');
  });

  it('shows an investigation to its agencies working roles, and suspects to investigators and prosecutors only', () => {
    const agencies = ['kw-moi-police', 'kw-public-prosecution'];
    expect(maySeeInvestigation(agencies, { agencyId: 'kw-moi-police', role: 'supervisor' })).toBe(true);
    expect(maySeeSuspects(agencies, { agencyId: 'kw-moi-police', role: 'supervisor' })).toBe(false);
    expect(maySeeSuspects(agencies, { agencyId: 'kw-public-prosecution', role: 'prosecutor' })).toBe(true);
    expect(maySeeSuspects(agencies, { agencyId: 'kw-moi-immigration', role: 'investigator' })).toBe(false);
    expect(maySeeInvestigation(agencies, { agencyId: 'kw-moi-police', role: 'first_responder' })).toBe(false);
  });
});

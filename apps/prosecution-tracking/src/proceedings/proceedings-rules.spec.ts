import {
  checkAppeal,
  checkCharge,
  checkVerdict,
  maySeeInvestigation,
  maySeeSuspects,
  nextHearingStatus,
} from './proceedings-rules';
import { prosecutionStatistics } from './statistics';

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

describe('prosecution statistics', () => {
  it('counts convictions by article in the year and the days from referral to verdict', () => {
    const stats = prosecutionStatistics(2027, 4, 3, [
      {
        lawCode: 'kw-91-2013',
        article: '2',
        outcome: 'convicted',
        decidedOn: '2027-03-01',
        referredOn: '2026-12-01',
      },
      {
        lawCode: 'kw-91-2013',
        article: '2',
        outcome: 'convicted',
        decidedOn: '2027-05-01',
        referredOn: '2027-01-01',
      },
      { lawCode: 'kw-91-2013', article: '3', outcome: 'convicted', decidedOn: '2027-06-01' },
      {
        lawCode: 'kw-91-2013',
        article: '2',
        outcome: 'acquitted',
        decidedOn: '2027-07-01',
        referredOn: '2027-01-01',
      },
      {
        lawCode: 'kw-91-2013',
        article: '2',
        outcome: 'convicted',
        decidedOn: '2026-12-30',
        referredOn: '2026-01-01',
      },
    ]);
    expect(stats.verdictsByOutcome).toEqual({ convicted: 3, acquitted: 1, dismissed: 0 });
    expect(stats.convictionsByArticle).toEqual([
      { lawCode: 'kw-91-2013', article: '2', convictions: 2 },
      { lawCode: 'kw-91-2013', article: '3', convictions: 1 },
    ]);
    // 90, 120 and 181 days.
    expect(stats.referralToVerdictDays).toEqual({ verdicts: 3, median: 120, mean: 130.3 });
    expect(prosecutionStatistics(2030, 0, 0, []).referralToVerdictDays).toEqual({
      verdicts: 0,
      median: null,
      mean: null,
    });
  });
});

import { prosecutionStatistics } from './statistics-rules';

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

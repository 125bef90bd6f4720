import { ownReferralsPage } from './own-referrals-rules';

describe('ownReferralsPage', () => {
  it('gives 50 unless asked, and the time to page before', () => {
    expect(ownReferralsPage(undefined, undefined)).toEqual({ page: { limit: 50 }, problems: [] });
    expect(ownReferralsPage('10', '2026-12-01T00:00:00Z').page).toEqual({
      limit: 10,
      before: new Date('2026-12-01T00:00:00Z'),
    });
  });

  it('names every field out of bounds', () => {
    for (const limit of ['0', '201', '2.5', 'ten', ''])
      expect(ownReferralsPage(limit, undefined).problems.map((p) => p.field)).toEqual(['limit']);
    expect(ownReferralsPage('0', 'yesterday').problems.map((p) => p.field)).toEqual(['limit', 'before']);
  });
});

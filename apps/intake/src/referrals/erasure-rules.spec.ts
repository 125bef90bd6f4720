import { erasureViolations } from './erasure-rules';

describe('erasure rules', () => {
  it('asks a court order for its reference', () => {
    expect(erasureViolations({ legalBasis: 'court_order' })).toEqual([
      expect.objectContaining({ field: 'authorityReference' }),
    ]);
    expect(erasureViolations({ legalBasis: 'court_order', authorityReference: 'CRT-2026/7' })).toEqual([]);
  });

  it('lets the authority erase an unfounded referral or on consent withdrawn without a reference', () => {
    expect(erasureViolations({ legalBasis: 'unfounded_referral' })).toEqual([]);
    expect(erasureViolations({ legalBasis: 'consent_withdrawn' })).toEqual([]);
    expect(erasureViolations({ legalBasis: 'retention_period_ended' })).toEqual([]);
  });
});

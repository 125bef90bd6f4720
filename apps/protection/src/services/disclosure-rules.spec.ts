import { answerServiceReferral } from './service-referral-rules';
import { disclosureBasis, disclosureStillAllowed } from './disclosure-rules';

describe('disclosure to providers', () => {
  const adult = {
    personIsChild: false,
    sharingAgencyTypes: ['ngo' as const],
    providerAgencyType: 'ngo' as const,
  };

  it('rests on consent for that kind of agency', () => {
    expect(disclosureBasis(adult)).toBe('consent');
    expect(disclosureBasis({ ...adult, providerAgencyType: 'iom' })).toBeUndefined();
  });

  it("rests on the child's best interests for a child", () => {
    expect(disclosureBasis({ ...adult, personIsChild: true, sharingAgencyTypes: [] })).toBe('child');
  });

  it("takes a supervisor's override with a reason, and nobody else's", () => {
    const q = { ...adult, sharingAgencyTypes: [] };
    expect(disclosureBasis({ ...q, override: { byRole: 'supervisor', reason: 'Medical emergency' } })).toBe(
      'supervisor_override',
    );
    expect(
      disclosureBasis({ ...q, override: { byRole: 'protection_case_worker', reason: 'Medical emergency' } }),
    ).toBeUndefined();
    expect(disclosureBasis({ ...q, override: { byRole: 'supervisor', reason: '  ' } })).toBeUndefined();
  });

  it('stops referrals made on consent once consent no longer covers the provider', () => {
    expect(disclosureStillAllowed('consent', 'ngo', ['ngo'])).toBe(true);
    expect(disclosureStillAllowed('consent', 'ngo', [])).toBe(false);
    expect(disclosureStillAllowed('child', 'ngo', [])).toBe(true);
    expect(disclosureStillAllowed('supervisor_override', 'ngo', [])).toBe(true);
  });
});

describe('service referral answers', () => {
  it('accepts or declines a pending referral and completes an accepted one, nothing else', () => {
    expect(answerServiceReferral('pending', 'accept')).toBe('accepted');
    expect(answerServiceReferral('pending', 'decline')).toBe('declined');
    expect(answerServiceReferral('accepted', 'complete')).toBe('completed');
    expect(() => answerServiceReferral('pending', 'complete')).toThrow(
      'a pending service referral cannot be completed',
    );
    expect(() => answerServiceReferral('declined', 'accept')).toThrow('already declined');
    expect(() => answerServiceReferral('stopped', 'accept')).toThrow('already stopped');
  });
});

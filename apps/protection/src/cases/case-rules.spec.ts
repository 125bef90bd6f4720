import { openingReason, requestClosure, requireOpen, reviewClosure } from './case-rules';

describe('protection case rules', () => {
  it('opens at once for a child or an urgent risk, else on a positive preliminary decision', () => {
    expect(openingReason({ personIsChild: true, urgentRisk: true, presumedVictim: false })).toBe('child');
    expect(openingReason({ personIsChild: false, urgentRisk: true, presumedVictim: false })).toBe(
      'urgent_risk',
    );
    expect(openingReason({ personIsChild: false, urgentRisk: false, presumedVictim: true })).toBe(
      'presumed_victim',
    );
    expect(openingReason({ personIsChild: false, urgentRisk: false, presumedVictim: false })).toBeUndefined();
  });

  it('lets work happen only on an open case', () => {
    expect(() => requireOpen('open')).not.toThrow();
    expect(() => requireOpen('awaiting')).toThrow('has not opened');
    expect(() => requireOpen('closure_requested')).toThrow('awaiting closure approval');
    expect(() => requireOpen('closed')).toThrow('is closed');
  });

  it('closes only with no one in a shelter and no service left running', () => {
    const open = { status: 'open' as const, activePlacements: 0, openServiceReferrals: 0 };
    expect(requestClosure(open, 'recovered_and_reintegrated')).toBe('closure_requested');
    expect(() => requestClosure({ ...open, activePlacements: 1 }, 'lost_contact')).toThrow('shelter');
    expect(() => requestClosure({ ...open, openServiceReferrals: 2 }, 'recovered_and_reintegrated')).toThrow(
      'service referrals',
    );
    // Services cannot reach someone who died or left the jurisdiction; they close with the case.
    expect(requestClosure({ ...open, openServiceReferrals: 2 }, 'deceased')).toBe('closure_requested');
    expect(() => requestClosure({ ...open, status: 'closed' }, 'other')).toThrow('is closed');
  });

  it('needs a second person to approve a closure', () => {
    const pending = { status: 'closure_requested' as const, closureRequestedBy: 'worker-1' };
    expect(reviewClosure(pending, 'supervisor-1', true)).toBe('closed');
    expect(reviewClosure(pending, 'supervisor-1', false)).toBe('open');
    expect(() => reviewClosure(pending, 'worker-1', true)).toThrow('someone other than who asked');
    expect(() => reviewClosure({ status: 'open', closureRequestedBy: null }, 'supervisor-1', true)).toThrow(
      'no closure is awaiting approval',
    );
  });
});

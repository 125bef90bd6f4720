import {
  TransitionRefused,
  close,
  extendRecovery,
  finalDecision,
  preliminaryDecision,
  recoveryEnded,
  requestReconsideration,
  reviewNegativeFinal,
} from './screening-lifecycle';

describe('screening lifecycle', () => {
  it('goes from a positive preliminary decision through recovery to a confirmed victim', () => {
    expect(preliminaryDecision({ status: 'open' }, 'positive')).toBe('in_recovery');
    expect(recoveryEnded({ status: 'in_recovery' })).toBe('awaiting_final');
    expect(finalDecision({ status: 'awaiting_final' }, 'positive', '2027-01-20', false)).toBe('confirmed');
  });

  it('refuses a final decision before the preliminary one, or on a closed case', () => {
    expect(() => finalDecision({ status: 'open' }, 'positive', '2027-01-01', false)).toThrow(
      'a final decision needs a positive preliminary decision first',
    );
    expect(() => finalDecision({ status: 'closed' }, 'positive', '2027-01-01', false)).toThrow(
      TransitionRefused,
    );
    expect(() => preliminaryDecision({ status: 'closed' }, 'positive')).toThrow(TransitionRefused);
    expect(() => preliminaryDecision({ status: 'in_recovery' }, 'negative')).toThrow(TransitionRefused);
  });

  it('keeps the final decision until the recovery period ends, unless policy allows it', () => {
    const state = { status: 'in_recovery' as const, recoveryEndsOn: '2027-01-15' };
    expect(() => finalDecision(state, 'positive', '2027-01-14', false)).toThrow('runs until 2027-01-15');
    expect(finalDecision(state, 'positive', '2027-01-15', false)).toBe('confirmed');
    expect(finalDecision(state, 'positive', '2027-01-01', true)).toBe('confirmed');
  });

  it('needs a second reviewer, never the author, for a negative final decision', () => {
    const pending = { status: 'final_negative_pending_approval' as const, finalDecidedBy: 'officer-1' };
    expect(finalDecision({ status: 'awaiting_final' }, 'negative', '2027-02-01', false)).toBe(
      'final_negative_pending_approval',
    );
    expect(() => reviewNegativeFinal(pending, true, 'officer-1')).toThrow(
      'cannot be approved by the person who made it',
    );
    expect(reviewNegativeFinal(pending, true, 'supervisor-1')).toBe('not_confirmed');
    expect(reviewNegativeFinal(pending, false, 'supervisor-1')).toBe('awaiting_final');
    expect(() => reviewNegativeFinal({ status: 'confirmed' }, true, 'x')).toThrow(TransitionRefused);
  });

  it('reopens only negative decisions for reconsideration', () => {
    expect(requestReconsideration({ status: 'not_presumed' })).toEqual({
      next: 'reconsidering_preliminary',
      stage: 'preliminary',
    });
    expect(requestReconsideration({ status: 'not_confirmed' })).toEqual({
      next: 'reconsidering_final',
      stage: 'final',
    });
    expect(() => requestReconsideration({ status: 'confirmed' })).toThrow(TransitionRefused);
    expect(preliminaryDecision({ status: 'reconsidering_preliminary' }, 'positive')).toBe('in_recovery');
  });

  it('extends recovery only while it runs or just ended, and closes open cases on withdrawal', () => {
    expect(extendRecovery({ status: 'awaiting_final' })).toBe('in_recovery');
    expect(() => extendRecovery({ status: 'open' })).toThrow(TransitionRefused);
    expect(close({ status: 'in_recovery' })).toBe('closed');
    expect(close({ status: 'confirmed' })).toBe('confirmed');
  });
});

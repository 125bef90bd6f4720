import { ProtectionRuleRefused } from '../cases/case-rules';
import {
  endOf,
  requireCheckIn,
  requireNoLivePlacement,
  requireOtherShelter,
  requireSuitable,
  requireTransfer,
} from './placement-rules';

describe('placement rules', () => {
  it('shelters children apart from adults', () => {
    expect(() => requireSuitable({ for_children: true }, true)).not.toThrow();
    expect(() => requireSuitable({ for_children: false }, false)).not.toThrow();
    expect(() => requireSuitable({ for_children: true }, false)).toThrow('this shelter takes children only');
    expect(() => requireSuitable({ for_children: false }, true)).toThrow(
      'this shelter does not take children',
    );
  });

  it('keeps one live placement per case', () => {
    expect(() => requireNoLivePlacement(undefined)).not.toThrow();
    expect(() => requireNoLivePlacement('queued')).toThrow(
      'the case already has a queued placement; transfer it instead',
    );
  });

  it('checks in a placed person only', () => {
    expect(() => requireCheckIn('placed')).not.toThrow();
    expect(() => requireCheckIn('queued')).toThrow(ProtectionRuleRefused);
  });

  it('checks out a placed or checked-in person and cancels a queued request', () => {
    expect(endOf('placed')).toBe('checked_out');
    expect(endOf('checked_in')).toBe('checked_out');
    expect(endOf('queued')).toBe('cancelled');
    expect(() => endOf('transferred')).toThrow('the placement is already transferred');
  });

  it('transfers a placed or checked-in person to another shelter', () => {
    expect(() => requireTransfer('checked_in')).not.toThrow();
    expect(() => requireTransfer('queued')).toThrow('a queued placement cannot be transferred');
    expect(() => requireOtherShelter('a', 'b')).not.toThrow();
    expect(() => requireOtherShelter('a', 'a')).toThrow('that is the current shelter');
  });
});

import { palermoTest } from './palermo-test';

describe('palermoTest', () => {
  it('needs act, means and purpose for an adult', () => {
    expect(palermoTest({ act: true, means: true, purpose: true }, false)).toEqual({
      satisfied: true,
      meansRequired: true,
      missing: [],
    });
    expect(palermoTest({ act: true, means: false, purpose: true }, false)).toEqual({
      satisfied: false,
      meansRequired: true,
      missing: ['means'],
    });
  });

  it('does not need the means for a child', () => {
    expect(palermoTest({ act: true, means: false, purpose: true }, true)).toEqual({
      satisfied: true,
      meansRequired: false,
      missing: [],
    });
    expect(palermoTest({ act: false, means: true, purpose: true }, true).missing).toEqual(['act']);
  });
});

import { combineRegional } from './regional-table';

describe('the regional table', () => {
  it('adds up what every state published', () => {
    const regional = combineRegional(
      [
        { state: 'kw', cells: { PH: 40, NP: 12 }, total: 52 },
        { state: 'bh', cells: { PH: 15, IN: 20 }, total: 35 },
      ],
      11,
    );
    expect(regional.cells).toEqual([
      { value: 'IN', count: 20, suppressed: false },
      { value: 'NP', count: 12, suppressed: false },
      { value: 'PH', count: 55, suppressed: false },
    ]);
    expect(regional.total).toEqual({ count: 87, suppressed: false });
  });

  it('hides a count one state hid, and a complement, so the hidden part cannot be worked out from the total', () => {
    const regional = combineRegional(
      [
        // Kuwait hid NP (and BD as its complement); the states' totals are public.
        { state: 'kw', cells: { PH: 40, NP: null, BD: null }, total: 60 },
        { state: 'bh', cells: { PH: 15, NP: 30, IN: 25 }, total: 70 },
      ],
      11,
    );
    const byValue = Object.fromEntries(regional.cells.map((c) => [c.value, c]));
    expect(byValue['NP']).toEqual({ value: 'NP', count: null, suppressed: true });
    expect(byValue['BD']).toEqual({ value: 'BD', count: null, suppressed: true });
    expect(byValue['PH']?.count).toBe(55);
    expect(regional.total.count).toBe(130);
  });

  it('hides the total when a state hid its own, and hides a second cell where only one would be hidden', () => {
    const regional = combineRegional(
      [
        { state: 'kw', cells: { PH: null }, total: null },
        { state: 'bh', cells: { PH: 15, IN: 25 }, total: 40 },
      ],
      11,
    );
    expect(regional.total).toEqual({ count: null, suppressed: true });
    expect(regional.cells.find((c) => c.value === 'PH')?.suppressed).toBe(true);
    const oneHiddenWithKnownTotal = combineRegional(
      [
        { state: 'kw', cells: { PH: null, NP: 30, IN: 20 }, total: 57 },
        { state: 'bh', cells: { PH: 0, NP: 0, IN: 0 }, total: 0 },
      ],
      11,
    );
    expect(oneHiddenWithKnownTotal.cells.filter((c) => c.suppressed).length).toBeGreaterThanOrEqual(2);
  });
});

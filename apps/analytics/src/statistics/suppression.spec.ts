import { buildCountTable, countTableCsv } from './count-table';
import { suppressSmallCells } from '@nrm/statistics';
import type { CountCell } from '@nrm/statistics';

const cell = (count: number, margin = false): CountCell => ({ count, margin });

describe('small-cell suppression', () => {
  it('hides counts below k but not zeros', () => {
    const cells = [cell(3), cell(0), cell(40), cell(25)];
    const total = cell(68, true);
    suppressSmallCells([...cells, total], [{ total, members: cells }], 11);
    expect(cells.map((c) => c.suppressed)).toEqual(['primary', undefined, undefined, 'complementary']);
  });

  it('hides a second cell so that a lone hidden cell cannot be recomputed from the total', () => {
    const table = buildCountTable({
      table: 'referrals',
      dimensions: ['sex'],
      k: 11,
      rows: [
        { values: ['female'], count: 30 },
        { values: ['male'], count: 20 },
        { values: ['other'], count: 4 },
        { values: [null], count: 54 },
      ],
    });
    const shown = table.cells.filter((c) => !c.suppressed);
    // With only `other` hidden, 54 - 30 - 20 = 4 would give it away.
    expect(table.cells.find((c) => c.sex === 'other')).toMatchObject({ count: null, suppressed: true });
    expect(table.cells.filter((c) => c.suppressed)).toHaveLength(2);
    expect(table.total.count).toBe(54);
    const known = shown.reduce((sum, c) => sum + (c.count as number), 0);
    const hidden = table.cells.filter((c) => c.suppressed);
    // Whatever is hidden adds up to more than any one hidden cell could be told from.
    expect(54 - known).toBeGreaterThan(4);
    expect(hidden.map((c) => c.sex).sort()).toEqual(['male', 'other']);
  });

  it('in two dimensions no row, column or margin line is left with a single hidden cell', () => {
    const rows = [
      { values: ['2026-01', 'police'], count: 25 },
      { values: ['2026-01', 'ngo'], count: 3 },
      { values: ['2026-02', 'police'], count: 30 },
      { values: ['2026-02', 'ngo'], count: 14 },
      { values: ['2026-01', null], count: 28 },
      { values: ['2026-02', null], count: 44 },
      { values: [null, 'police'], count: 55 },
      { values: [null, 'ngo'], count: 17 },
      { values: [null, null], count: 72 },
    ];
    const table = buildCountTable({ table: 'referrals', dimensions: ['month', 'channel'], k: 11, rows });
    const hidden = (month: string, channel: string) =>
      table.cells.find((c) => c.month === month && c.channel === channel)?.suppressed;
    expect(hidden('2026-01', 'ngo')).toBe(true);
    // Row 2026-01 (28 shown) and column ngo (17 shown) would each give the 3 away: both need a partner,
    // which in turn needs partners: the whole 2x2 interior is hidden, the margins stay.
    for (const month of ['2026-01', '2026-02']) {
      for (const channel of ['police', 'ngo']) {
        const line = table.cells.filter((c) => c.month === month || c.channel === channel);
        expect(line.filter((c) => c.suppressed).length).not.toBe(1);
      }
      expect(hidden(month, 'ngo') || hidden(month, 'police')).toBe(true);
    }
    expect(table.total).toEqual({ count: 72, suppressed: false });
    expect(table.margins['month']?.every((m) => !m.suppressed)).toBe(true);
  });

  it('hides a small total and keeps one of its cells hidden with it', () => {
    const table = buildCountTable({
      table: 'referrals',
      dimensions: ['sex'],
      k: 11,
      rows: [
        { values: ['female'], count: 7 },
        { values: [null], count: 7 },
      ],
    });
    expect(table.total).toEqual({ count: null, suppressed: true });
    expect(table.cells[0]).toMatchObject({ count: null, suppressed: true });
  });

  it('with two cells, hiding one hides the other and keeps the total', () => {
    const table = buildCountTable({
      table: 'referrals',
      dimensions: ['sex'],
      k: 11,
      rows: [
        { values: ['female'], count: 40 },
        { values: ['male'], count: 2 },
        { values: [null], count: 42 },
      ],
    });
    expect(table.cells.every((c) => c.suppressed)).toBe(true);
    expect(table.total.suppressed).toBe(false);
  });

  it('writes CSV with margins, blank hidden counts and no formula injection', () => {
    const table = buildCountTable({
      table: 'referrals',
      dimensions: ['channel'],
      k: 2,
      rows: [
        { values: ['=cmd'], count: 5 },
        { values: ['police'], count: 9 },
        { values: [null], count: 14 },
      ],
    });
    expect(countTableCsv(table)).toBe(
      "channel,count,suppressed\r\n'=cmd,5,false\r\npolice,9,false\r\n(all),14,false\r\n",
    );
  });
});

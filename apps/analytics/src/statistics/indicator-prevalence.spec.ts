import { buildIndicatorPrevalence, indicatorPrevalenceQuery } from './indicator-prevalence';
import type { PrevalenceCount } from './indicator-prevalence';

const count = (
  figure: PrevalenceCount['figure'],
  n: number,
  {
    list = null,
    dimension = null,
    item = null,
  }: { list?: string | null; dimension?: string | null; item?: string | null } = {},
): PrevalenceCount => ({ figure, list, dimension, item, count: n });

/** 60 cases: 50 on adult labour, 30 on adult sexual (20 on both). */
const counts: PrevalenceCount[] = [
  count('cases', 60),
  count('outcome', 30, { item: 'indicated' }),
  count('outcome', 18, { item: 'labour-rights-case' }),
  count('outcome', 12, { item: 'not-indicated' }),
  count('incomplete', 15),
  count('list', 50, { list: 'adult-labour' }),
  count('list', 30, { list: 'adult-sexual' }),
  count('dimension', 35, { list: 'adult-labour', dimension: 'D1' }),
  count('dimension', 25, { list: 'adult-labour', dimension: 'D4' }),
  count('dimension', 12, { list: 'adult-sexual', dimension: 'D5' }),
  count('indicator', 22, { list: 'adult-labour', dimension: 'D1', item: 'AL-D1-deceived-about-job' }),
  count('indicator', 14, { list: 'adult-labour', dimension: 'D4', item: 'AL-D4-low-or-no-salary' }),
  count('indicator', 12, { list: 'adult-sexual', dimension: 'D5', item: 'AS-D5-confiscation-of-documents' }),
];

describe('indicator prevalence', () => {
  it('shows every outcome, list and dimension, zeros included, and the indicators found', () => {
    const p = buildIndicatorPrevalence({ counts, k: 11, filters: { year: '2026' } });
    expect(p).toMatchObject({
      statistic: 'indicator-prevalence',
      minimumCell: 11,
      filters: { year: '2026' },
      casesAssessed: { count: 60, suppressed: false },
      incompleteAdvice: { count: 15, suppressed: false },
      suppressedCells: 0,
    });
    expect(p.outcomes).toEqual([
      { outcome: 'indicated', count: 30, suppressed: false },
      { outcome: 'labour-rights-case', count: 18, suppressed: false },
      { outcome: 'not-indicated', count: 12, suppressed: false },
    ]);
    expect(p.lists.map((l) => [l.list, l.count])).toEqual([
      ['adult-labour', 50],
      ['child-labour', 0],
      ['adult-sexual', 30],
      ['child-sexual', 0],
    ]);
    expect(p.dimensions).toHaveLength(24);
    expect(p.dimensions.filter((d) => d.list === 'adult-labour').map((d) => [d.dimension, d.count])).toEqual([
      ['D1', 35],
      ['D2', 0],
      ['D3', 0],
      ['D4', 25],
      ['D5', 0],
      ['D6', 0],
    ]);
    expect(p.indicators).toEqual([
      {
        list: 'adult-labour',
        dimension: 'D1',
        indicator: 'AL-D1-deceived-about-job',
        count: 22,
        suppressed: false,
      },
      {
        list: 'adult-labour',
        dimension: 'D4',
        indicator: 'AL-D4-low-or-no-salary',
        count: 14,
        suppressed: false,
      },
      {
        list: 'adult-sexual',
        dimension: 'D5',
        indicator: 'AS-D5-confiscation-of-documents',
        count: 12,
        suppressed: false,
      },
    ]);
  });

  it('hides a small outcome and the smallest other, so the total cannot give it away', () => {
    const p = buildIndicatorPrevalence({
      counts: counts.map((c) =>
        c.figure === 'outcome' && c.item === 'not-indicated'
          ? { ...c, count: 4 }
          : c.figure === 'outcome' && c.item === 'indicated'
            ? { ...c, count: 38 }
            : c,
      ),
      k: 11,
    });
    expect(p.outcomes).toEqual([
      { outcome: 'indicated', count: 38, suppressed: false },
      { outcome: 'labour-rights-case', count: null, suppressed: true },
      { outcome: 'not-indicated', count: null, suppressed: true },
    ]);
    expect(p.casesAssessed).toEqual({ count: 60, suppressed: false });
    expect(p.suppressedCells).toBe(2);
  });

  it('hides a count that would tell how few cases it leaves out of its line', () => {
    const p = buildIndicatorPrevalence({
      counts: counts.map((c) =>
        c.figure === 'dimension' && c.list === 'adult-labour' && c.dimension === 'D1'
          ? { ...c, count: 47 }
          : c.figure === 'incomplete'
            ? { ...c, count: 57 }
            : c,
      ),
      k: 11,
    });
    // 50 on the list, 47 positive in D1: the 3 who were not would be known.
    expect(p.dimensions.find((d) => d.list === 'adult-labour' && d.dimension === 'D1')).toEqual({
      list: 'adult-labour',
      dimension: 'D1',
      count: null,
      suppressed: true,
    });
    // 60 assessed, 57 on incomplete advice: 3 on complete advice.
    expect(p.incompleteAdvice).toEqual({ count: null, suppressed: true });
    expect(p.lists.find((l) => l.list === 'adult-labour')).toMatchObject({ count: 50, suppressed: false });
    expect(p.suppressedCells).toBe(2);
  });

  it('hides an indicator found in fewer than k cases, and a list with fewer than k cases with its total', () => {
    const p = buildIndicatorPrevalence({
      counts: [
        count('cases', 5),
        count('outcome', 5, { item: 'indicated' }),
        count('incomplete', 0),
        count('list', 5, { list: 'child-sexual' }),
        count('dimension', 5, { list: 'child-sexual', dimension: 'D4' }),
        count('indicator', 2, { list: 'child-sexual', dimension: 'D4', item: 'CS-D4-x' }),
      ],
      k: 11,
      list: 'child-sexual',
    });
    expect(p.lists).toEqual([{ list: 'child-sexual', count: null, suppressed: true }]);
    expect(p.casesAssessed).toEqual({ count: null, suppressed: true });
    expect(p.outcomes.find((o) => o.outcome === 'indicated')).toMatchObject({
      count: null,
      suppressed: true,
    });
    expect(p.indicators).toEqual([
      { list: 'child-sexual', dimension: 'D4', indicator: 'CS-D4-x', count: null, suppressed: true },
    ]);
    expect(p.dimensions.map((d) => d.dimension)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6']);
    expect(p.dimensions.find((d) => d.dimension === 'D4')).toMatchObject({ count: null, suppressed: true });
    // Zeros stay shown.
    expect(p.dimensions.find((d) => d.dimension === 'D1')).toMatchObject({ count: 0, suppressed: false });
    expect(p.incompleteAdvice).toEqual({ count: 0, suppressed: false });
  });

  it('passes the period and the list as parameters, never in the SQL', () => {
    const { sql, params } = indicatorPrevalenceQuery({ year: 2026, month: '2026-03', list: 'adult-labour' });
    expect(params).toEqual(['2026-%', '2026-03', 'adult-labour']);
    expect(sql).toContain('t.month LIKE $1 AND t.month = $2 AND $3 = ANY (t.lists)');
    expect(sql).toContain(`split_part(v.value, ':', 1) = $3`);
    expect(sql).not.toMatch(/2026|adult-labour/);
    expect(indicatorPrevalenceQuery({}).params).toEqual([]);
  });
});

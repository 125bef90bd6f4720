import { IndicatorDimensionIds, IndicatorListIds, IndicatorOutcomes } from '@nrm/contracts';
import type { IndicatorListId } from '@nrm/contracts';
import { suppressSmallCells } from '@nrm/statistics';
import type { CellGroup, CountCell } from '@nrm/statistics';

/*
 * Indicator prevalence by dimension: of the cases whose latest indicator assessment falls in a period,
 * how many were assessed, advised each way, on incomplete advice, and, per list, positive in each
 * dimension and with each indicator present. The query counts; the figures are suppressed here, before
 * anyone sees them, with the rules of every other statistic. No I/O.
 */

export interface PrevalenceQuery {
  year?: number;
  /** `YYYY-MM`. */
  month?: string;
  /** Only the cases assessed on this list, with this list's advice. */
  list?: IndicatorListId;
}

/** One count the query returns. */
export interface PrevalenceCount {
  figure: 'cases' | 'outcome' | 'incomplete' | 'list' | 'dimension' | 'indicator';
  list: string | null;
  dimension: string | null;
  /** The outcome or the indicator id. */
  item: string | null;
  count: number;
}

export interface PrevalenceCell {
  count: number | null;
  suppressed: boolean;
}

export interface IndicatorPrevalence {
  statistic: 'indicator-prevalence';
  minimumCell: number;
  filters: Record<string, string>;
  /** Cases whose latest assessment is in the period (and on the list, if one is asked for). */
  casesAssessed: PrevalenceCell;
  /** The overall advice, or the list's with a list asked for; every outcome, zeros included. */
  outcomes: (PrevalenceCell & { outcome: string })[];
  /** Cases whose advice is not complete (an indicator found or unanswered has no established grade). */
  incompleteAdvice: PrevalenceCell;
  /** Cases assessed on each list (a case can be assessed on more than one). */
  lists: (PrevalenceCell & { list: string })[];
  /** Per list, cases positive in each dimension, zeros included. */
  dimensions: (PrevalenceCell & { list: string; dimension: string })[];
  /** Per list and dimension, cases with each indicator present (indicators found in no case are absent). */
  indicators: (PrevalenceCell & { list: string; dimension: string; indicator: string })[];
  suppressedCells: number;
}

/**
 * The counts of the figures, every value a parameter: the cases are those of `stat_indicator_assessment`
 * (one row per case, its latest assessment, each array value once) whose month is in the period. One
 * unnest per figure keeps the plan cheap (nested JSON would make the planner expect millions of rows).
 */
export function indicatorPrevalenceQuery({ year, month, list }: PrevalenceQuery): {
  sql: string;
  params: unknown[];
} {
  const params: unknown[] = [];
  const where: string[] = [];
  if (year !== undefined) {
    params.push(`${year}-%`);
    where.push(`t.month LIKE $${params.length}`);
  }
  if (month !== undefined) {
    params.push(month);
    where.push(`t.month = $${params.length}`);
  }
  let listed = '';
  if (list !== undefined) {
    params.push(list);
    listed = `$${params.length}`;
    where.push(`${listed} = ANY (t.lists)`);
  }
  /** The values of one array column of the cases, only those of the list asked for if any. */
  const values = (column: string) =>
    `FROM assessed a CROSS JOIN LATERAL unnest(a.${column}) AS v(value)` +
    (listed ? ` WHERE split_part(v.value, ':', 1) = ${listed}` : '');
  // With a list, each case counts with that list's advice.
  const scope = listed
    ? `SELECT a.complete, split_part(v.value, ':', 2) AS outcome ${values('list_outcomes')}`
    : `SELECT complete, outcome FROM assessed`;
  const sql =
    `WITH assessed AS (SELECT t.outcome, t.complete, t.lists, t.list_outcomes, t.positive_dimensions, ` +
    `t.present_indicators FROM stat_indicator_assessment t` +
    (where.length ? ` WHERE ${where.join(' AND ')}` : '') +
    `), scope AS (${scope}) ` +
    `SELECT 'cases' AS figure, NULL::text AS list, NULL::text AS dimension, NULL::text AS item, count(*) AS n FROM scope ` +
    `UNION ALL SELECT 'outcome', NULL, NULL, outcome, count(*) FROM scope GROUP BY outcome ` +
    `UNION ALL SELECT 'incomplete', NULL, NULL, NULL, count(*) FROM scope WHERE NOT complete ` +
    `UNION ALL SELECT 'list', v.value, NULL, NULL, count(*) ${values('lists')} GROUP BY v.value ` +
    `UNION ALL SELECT 'dimension', split_part(v.value, ':', 1), split_part(v.value, ':', 2), NULL, count(*) ` +
    `${values('positive_dimensions')} GROUP BY v.value ` +
    `UNION ALL SELECT 'indicator', split_part(v.value, ':', 1), split_part(v.value, ':', 2), ` +
    `split_part(v.value, ':', 3), count(*) ${values('present_indicators')} GROUP BY v.value`;
  return { sql, params };
}

interface Slot extends CountCell {
  /** Counted in the suppression but never shown: the cases of a line that the shown cells leave out. */
  implied?: boolean;
}

/**
 * The published figures. Besides the cells it shows, each line has the cells that complete it, which
 * anyone could work out from the total: the cases with complete advice, and per list the cases not
 * positive in a dimension or without an indicator. They count in the suppression like any cell (a
 * handful of cases not positive in a dimension hides the positive count too), but are not shown.
 */
export function buildIndicatorPrevalence(input: {
  counts: PrevalenceCount[];
  k: number;
  filters?: Record<string, string>;
  list?: IndicatorListId;
}): IndicatorPrevalence {
  const { counts, k } = input;
  const cells: Slot[] = [];
  const groups: CellGroup[] = [];
  const slot = (count: number, margin = false, implied = false): Slot => {
    const s: Slot = { count, margin, implied };
    cells.push(s);
    return s;
  };
  const countOf = (
    figure: PrevalenceCount['figure'],
    list: string | null,
    dimension: string | null,
    item: string | null,
  ) =>
    counts.find((c) => c.figure === figure && c.list === list && c.dimension === dimension && c.item === item)
      ?.count ?? 0;
  const extra = (
    figure: PrevalenceCount['figure'],
    known: readonly string[],
    value: (c: PrevalenceCount) => string | null,
  ) =>
    [...new Set(counts.filter((c) => c.figure === figure).map(value))].filter(
      (v): v is string => v !== null && !known.includes(v),
    );

  const total = slot(countOf('cases', null, null, null), true);
  const outcomeValues = [...IndicatorOutcomes, ...extra('outcome', IndicatorOutcomes, (c) => c.item).sort()];
  const outcomes = outcomeValues.map((outcome) => ({
    outcome,
    slot: slot(countOf('outcome', null, null, outcome)),
  }));
  groups.push({ total, members: outcomes.map((o) => o.slot) });

  const incompleteCount = countOf('incomplete', null, null, null);
  const incomplete = slot(incompleteCount);
  groups.push({
    total,
    members: [incomplete, slot(Math.max(0, total.count - incompleteCount), false, true)],
  });

  const listValues: string[] = input.list
    ? [input.list]
    : [...IndicatorListIds, ...extra('list', IndicatorListIds, (c) => c.list).sort()];
  const lists = listValues.map((list) => ({ list, slot: slot(countOf('list', list, null, null), true) }));
  // A case can be on several lists: their counts bound the total rather than add up to it.
  groups.push({ total, members: lists.map((l) => l.slot) });

  /** A count of a list's cases and, implied, the rest of them. */
  const ofList = (listSlot: Slot, count: number): Slot => {
    const shown = slot(count);
    groups.push({
      total: listSlot,
      members: [shown, slot(Math.max(0, listSlot.count - count), false, true)],
    });
    return shown;
  };
  const dimensions = lists.flatMap(({ list, slot: listSlot }) => {
    const values = [
      ...IndicatorDimensionIds,
      ...extra('dimension', IndicatorDimensionIds, (c) => (c.list === list ? c.dimension : null)).sort(),
    ];
    return values.map((dimension) => ({
      list,
      dimension,
      slot: ofList(listSlot, countOf('dimension', list, dimension, null)),
    }));
  });
  const indicators = lists.flatMap(({ list, slot: listSlot }) =>
    counts
      .filter((c) => c.figure === 'indicator' && c.list === list && c.dimension !== null && c.item !== null)
      .sort(
        (a, b) =>
          (a.dimension as string).localeCompare(b.dimension as string) ||
          (a.item as string).localeCompare(b.item as string),
      )
      .map((c) => ({
        list,
        dimension: c.dimension as string,
        indicator: c.item as string,
        slot: ofList(listSlot, c.count),
      })),
  );

  suppressSmallCells(cells, groups, k);
  const publish = (s: Slot): PrevalenceCell => ({
    count: s.suppressed ? null : s.count,
    suppressed: Boolean(s.suppressed),
  });
  return {
    statistic: 'indicator-prevalence',
    minimumCell: k,
    filters: input.filters ?? {},
    casesAssessed: publish(total),
    outcomes: outcomes.map(({ outcome, slot: s }) => ({ ...publish(s), outcome })),
    incompleteAdvice: publish(incomplete),
    lists: lists.map(({ list, slot: s }) => ({ ...publish(s), list })),
    dimensions: dimensions.map(({ list, dimension, slot: s }) => ({ ...publish(s), list, dimension })),
    indicators: indicators.map(({ list, dimension, indicator, slot: s }) => ({
      ...publish(s),
      list,
      dimension,
      indicator,
    })),
    suppressedCells: cells.filter((c) => c.suppressed && !c.implied).length,
  };
}

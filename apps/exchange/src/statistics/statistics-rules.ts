import type { StatisticsTableResponse } from '@nrm/api-contracts';
import { StatisticsTables } from '@nrm/api-contracts';

/** What a state publishes of one table by one dimension: the body of a regional_statistics message. */
export interface PublishedStatisticsBody {
  table: string;
  by: string;
  year: number;
  k: number;
  cells: Record<string, number | null>;
  total: number | null;
}

/** The national table as it is published: its counts by value, null where suppressed. */
export function publishedBody(t: StatisticsTableResponse, by: string, year: number): PublishedStatisticsBody {
  return {
    table: t.table,
    by,
    year,
    k: t.minimumCell,
    cells: Object.fromEntries(t.cells.map((c) => [String(c[by]), c.suppressed ? null : c.count])),
    total: t.total.suppressed ? null : t.total.count,
  };
}

const MOST_CELLS = 500;
const MOST_COUNT = 1_000_000_000;
const isCount = (v: unknown, k: number) =>
  v === null || (typeof v === 'number' && Number.isInteger(v) && (v === 0 || (v >= k && v <= MOST_COUNT)));
/** A value of a dimension: printable, short, and never a name objects carry themselves. */
const VALUE = /^[\p{L}\p{N} ._/-]{1,64}$/u;

/**
 * Why a partner's published table cannot be taken, if it cannot: only counts a suppressed table may
 * hold (nothing from 1 to k - 1), for a known table, a value of at most 64 characters each.
 */
export function publishedBodyProblem(body: Record<string, unknown>): string | undefined {
  const { table, by, year, k, cells, total } = body;
  if (!StatisticsTables.includes(table as (typeof StatisticsTables)[number]))
    return 'table is not a statistics table';
  if (typeof by !== 'string' || !/^[a-zA-Z]{1,40}$/.test(by)) return 'by must be one dimension';
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2000 || year > 2100)
    return 'year must be a year';
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 2 || k > 100)
    return 'k must be a whole number from 2';
  if (cells === null || typeof cells !== 'object' || Array.isArray(cells)) return 'cells must be an object';
  const entries = Object.entries(cells as Record<string, unknown>);
  if (entries.length > MOST_CELLS) return `at most ${MOST_CELLS} cells`;
  if (entries.some(([value]) => !VALUE.test(value) || value === '__proto__' || value in Object.prototype))
    return 'a value is not a value of a dimension';
  if (entries.some(([, count]) => !isCount(count, k)))
    return 'a cell holds a count a suppressed table cannot (from 1 to k - 1), or is not a count';
  if (!isCount(total, k)) return 'total is not a count a suppressed table may hold';
  return undefined;
}

import { suppressSmallCells } from './suppression';
import type { CountCell } from './suppression';

/** One state's published table of one dimension: counts by value (null where it suppressed one). */
export interface PublishedTable {
  state: string;
  cells: Readonly<Record<string, number | null>>;
  total: number | null;
}

export interface RegionalCell {
  value: string;
  count: number | null;
  suppressed: boolean;
}

export interface RegionalTable {
  cells: RegionalCell[];
  total: { count: number | null; suppressed: boolean };
  suppressedCells: number;
}

/**
 * The states' published tables added up, with no cross-border personal data: only what each state
 * published. A regional count is shown only when every state published its part; one hidden part hides
 * it, or the hidden part could be worked out by subtracting the parts shown. The same holds for the
 * total. The regional line is then suppressed again as a national one is (k, and a complement wherever
 * a single cell of a line with a known total is hidden), so that no count of a state can be recovered
 * by differencing the regional table against the states' own.
 */
export function combineRegional(tables: readonly PublishedTable[], k: number): RegionalTable {
  const values = [...new Set(tables.flatMap((t) => Object.keys(t.cells)))].sort();
  const sum = (parts: (number | null)[]) =>
    parts.some((p) => p === null) ? null : parts.reduce<number>((a, p) => a + (p ?? 0), 0);
  const cells = values.map((value) => {
    const count = sum(tables.map((t) => (Object.hasOwn(t.cells, value) ? (t.cells[value] ?? null) : 0)));
    const cell: CountCell = {
      count: count ?? 0,
      margin: false,
      ...(count === null ? { suppressed: 'primary' as const } : {}),
    };
    return { value, cell };
  });
  const totalCount = sum(tables.map((t) => t.total));
  const total: CountCell = {
    count: totalCount ?? 0,
    margin: true,
    ...(totalCount === null ? { suppressed: 'primary' as const } : {}),
  };
  const members = cells.map((c) => c.cell);
  const suppressedCells = suppressSmallCells([...members, total], [{ total, members }], k);
  return {
    cells: cells.map(({ value, cell }) => ({
      value,
      count: cell.suppressed ? null : cell.count,
      suppressed: Boolean(cell.suppressed),
    })),
    total: { count: total.suppressed ? null : total.count, suppressed: Boolean(total.suppressed) },
    suppressedCells,
  };
}

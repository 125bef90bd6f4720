import { suppressSmallCells } from '@nrm/statistics';
import type { CellGroup, CountCell } from '@nrm/statistics';

/*
 * A published table of counts over one or two dimensions with its margins, built from grouped rows
 * (as a GROUP BY CUBE returns them) and suppressed before anyone sees it.
 */

/** A grouped row: a value per dimension, `null` for "all" (a margin), and its count. */
export interface GroupedCount {
  values: (string | null)[];
  count: number;
}

export interface PublishedCell {
  /** Dimension name -> value; a margin lacks the dimensions it adds up. */
  [dimension: string]: string | number | boolean | null;
  count: number | null;
  suppressed: boolean;
}

export interface CountTable {
  table: string;
  dimensions: string[];
  minimumCell: number;
  filters: Record<string, string>;
  cells: PublishedCell[];
  /** One list per dimension: its values added up over the other dimension (two dimensions only). */
  margins: Record<string, PublishedCell[]>;
  total: { count: number | null; suppressed: boolean };
  suppressedCells: number;
}

interface Slot extends CountCell {
  values: (string | null)[];
}

const keyOf = (values: (string | null)[]) => JSON.stringify(values);

export function buildCountTable(input: {
  table: string;
  dimensions: string[];
  rows: GroupedCount[];
  k: number;
  filters?: Record<string, string>;
}): CountTable {
  const { dimensions, k } = input;
  if (dimensions.length < 1 || dimensions.length > 2) throw new Error('one or two dimensions');
  const slots = new Map<string, Slot>();
  const slot = (values: (string | null)[]): Slot => {
    const key = keyOf(values);
    let s = slots.get(key);
    if (!s) {
      s = { values, count: 0, margin: values.some((v) => v === null) };
      slots.set(key, s);
    }
    return s;
  };
  for (const row of input.rows) slot(row.values).count = row.count;
  const total = slot(dimensions.map(() => null));
  const inner = [...slots.values()].filter((s) => !s.margin);
  const groups: CellGroup[] = [];
  if (dimensions.length === 1) {
    groups.push({ total, members: inner });
  } else {
    const firstValues = [...new Set(inner.map((s) => s.values[0] as string))];
    const secondValues = [...new Set(inner.map((s) => s.values[1] as string))];
    // Every combination is a cell, zeros included: a missing zero would tell as much as a shown one.
    for (const a of firstValues) for (const b of secondValues) slot([a, b]);
    const cellsOf = (i: 0 | 1, v: string) =>
      [...slots.values()].filter((s) => !s.margin && s.values[i] === v);
    const rowMargins = firstValues.map((a) => slot([a, null]));
    const columnMargins = secondValues.map((b) => slot([null, b]));
    for (const [i, a] of firstValues.entries()) {
      groups.push({ total: rowMargins[i] as Slot, members: cellsOf(0, a) });
    }
    for (const [i, b] of secondValues.entries()) {
      groups.push({ total: columnMargins[i] as Slot, members: cellsOf(1, b) });
    }
    groups.push({ total, members: rowMargins }, { total, members: columnMargins });
  }
  const all = [...slots.values()];
  const suppressedCells = suppressSmallCells(all, groups, k);

  const publish = (s: Slot): PublishedCell => {
    const cell: PublishedCell = { count: s.suppressed ? null : s.count, suppressed: Boolean(s.suppressed) };
    dimensions.forEach((d, i) => {
      if (s.values[i] !== null) cell[d] = s.values[i] as string;
    });
    return cell;
  };
  const byValues = (a: Slot, b: Slot) => keyOf(a.values).localeCompare(keyOf(b.values));
  const margins: Record<string, PublishedCell[]> = {};
  if (dimensions.length === 2) {
    margins[dimensions[0] as string] = all
      .filter((s) => s.values[0] !== null && s.values[1] === null)
      .sort(byValues)
      .map(publish);
    margins[dimensions[1] as string] = all
      .filter((s) => s.values[0] === null && s.values[1] !== null)
      .sort(byValues)
      .map(publish);
  }
  return {
    table: input.table,
    dimensions,
    minimumCell: k,
    filters: input.filters ?? {},
    cells: all
      .filter((s) => !s.margin)
      .sort(byValues)
      .map(publish),
    margins,
    total: { count: total.suppressed ? null : total.count, suppressed: Boolean(total.suppressed) },
    suppressedCells,
  };
}

/** The table as CSV: one line per cell, then margins and the total with `(all)` for added-up values. */
export function countTableCsv(table: CountTable): string {
  const header = [...table.dimensions, 'count', 'suppressed'];
  const line = (cell: PublishedCell) =>
    [
      ...table.dimensions.map((d) => csvField(String(cell[d] ?? '(all)'))),
      cell.count === null ? '' : String(cell.count),
      String(cell.suppressed),
    ].join(',');
  const lines = [header.join(','), ...table.cells.map(line)];
  for (const d of table.dimensions) for (const m of table.margins[d] ?? []) lines.push(line(m));
  lines.push(line({ count: table.total.count, suppressed: table.total.suppressed }));
  return `${lines.join('\r\n')}\r\n`;
}

function csvField(value: string): string {
  // A leading =, +, - or @ would be run as a formula by a spreadsheet.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

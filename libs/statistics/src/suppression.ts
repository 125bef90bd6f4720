/*
 * Small-cell suppression for published counts: plain functions, no I/O.
 *
 * A count below k (but not zero) could point at a person, so it is not shown (primary suppression).
 * A hidden count that could be worked out from what is shown is hidden too: in every line of cells
 * whose total is published, either no cell or at least two cells are hidden, and a hidden total keeps
 * at least one of its cells hidden (complementary suppression). The complement chosen is the smallest
 * shown non-zero cell of the line, inner cells before margins, so as little as possible is lost.
 */

export interface CountCell {
  count: number;
  /** A margin or the grand total: chosen as a complement only when no inner cell will do. */
  margin: boolean;
  suppressed?: 'primary' | 'complementary';
}

/** A line of cells whose counts add up to (or, for multi-valued dimensions, bound) its total. */
export interface CellGroup {
  total: CountCell;
  members: CountCell[];
}

/** Marks the cells to hide in place and returns how many were hidden in all. */
export function suppressSmallCells(cells: CountCell[], groups: CellGroup[], k: number): number {
  for (const cell of cells) {
    if (cell.count > 0 && cell.count < k) cell.suppressed = 'primary';
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const group of groups) {
      const hidden = group.members.filter((m) => m.suppressed);
      const totalHidden = Boolean(group.total.suppressed);
      const needsComplement = totalHidden ? hidden.length === 0 : hidden.length === 1;
      if (!needsComplement) continue;
      const complement = pickComplement(group.members);
      if (complement) {
        complement.suppressed = 'complementary';
      } else if (!totalHidden) {
        // A line of one cell: its total is that cell.
        group.total.suppressed = 'complementary';
      } else {
        continue;
      }
      changed = true;
    }
  }
  return cells.filter((c) => c.suppressed).length;
}

function pickComplement(members: CountCell[]): CountCell | undefined {
  const shown = members.filter((m) => !m.suppressed);
  const byPreference = (a: CountCell, b: CountCell) =>
    Number(a.margin) - Number(b.margin) || Number(a.count === 0) - Number(b.count === 0) || a.count - b.count;
  return shown.sort(byPreference)[0];
}

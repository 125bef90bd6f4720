import type { CountTable } from './count-table';

/*
 * A horizontal bar chart of a one-dimension table as SVG, drawn from the suppressed table only: a
 * hidden count gets no bar, just the words "fewer than k or hidden", so the picture tells no more
 * than the numbers.
 */

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string,
  );

export function barChartSvg(table: CountTable, title: string): string {
  const dimension = table.dimensions[0] as string;
  const rows = table.cells.map((c) => ({ label: String(c[dimension]), count: c.count }));
  const max = Math.max(1, ...rows.map((r) => r.count ?? 0));
  const labelWidth = 180;
  const barWidth = 420;
  const rowHeight = 24;
  const top = 48;
  const height = top + rows.length * rowHeight + 40;
  const width = labelWidth + barWidth + 90;
  const bars = rows.map((r, i) => {
    const y = top + i * rowHeight;
    const label = `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${escapeXml(r.label)}</text>`;
    if (r.count === null) {
      return `${label}<text x="${labelWidth + 4}" y="${y + 16}" class="hidden">fewer than ${table.minimumCell} or hidden</text>`;
    }
    const w = Math.round((r.count / max) * barWidth);
    return (
      `${label}<rect x="${labelWidth}" y="${y + 4}" width="${w}" height="${rowHeight - 8}" class="bar"/>` +
      `<text x="${labelWidth + w + 6}" y="${y + 16}">${r.count}</text>`
    );
  });
  const total = table.total.count === null ? 'hidden' : String(table.total.count);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    '<style>text{font:13px sans-serif;fill:#222}.bar{fill:#2b6cb0}.hidden{fill:#777;font-style:italic}.title{font-size:16px;font-weight:bold}</style>',
    `<text x="12" y="26" class="title">${escapeXml(title)}</text>`,
    ...bars,
    `<text x="12" y="${height - 14}">Total ${total}. Counts below ${table.minimumCell} and those that would reveal them are hidden.</text>`,
    '</svg>',
  ].join('\n');
}

/**
 * A region of a hand-written file that `npm run docs` writes: the lines between a BEGIN and an END marker
 * (comments of the file's language) are the rendered text, the rest of the file is left as it is.
 */
export interface GeneratedRegion {
  /** The region's name in its markers, e.g. `services`. */
  name: string;
  /** How the file's language writes a comment line: `#` (YAML) or `<!--` (Markdown). */
  comment: '#' | '<!--';
  /** The indentation of the marker lines (YAML: that of the entries around them). */
  indent?: string;
}

const SOURCE = 'from libs/contracts/src/service-registry.ts by npm run docs';

function marker(region: GeneratedRegion, edge: 'BEGIN' | 'END'): string {
  const text = `${edge} ${region.name}, generated ${SOURCE}`;
  return `${region.indent ?? ''}${region.comment === '#' ? `# ${text}` : `<!-- ${text} -->`}`;
}

/** The file's text with the region's lines replaced by `body` (lines without a final newline). */
export function spliceRegion(file: string, text: string, region: GeneratedRegion, body: string): string {
  const lines = text.split('\n');
  const begin = lines.indexOf(marker(region, 'BEGIN'));
  const end = lines.indexOf(marker(region, 'END'));
  if (begin < 0 || end < begin) {
    throw new Error(
      `${file} has no region ${region.name}: add the lines\n${marker(region, 'BEGIN')}\n${marker(region, 'END')}`,
    );
  }
  // Markdown keeps a blank line between an HTML comment and a table.
  const rendered = region.comment === '<!--' ? ['', body, ''] : [body];
  return [...lines.slice(0, begin + 1), ...rendered, ...lines.slice(end)].join('\n');
}

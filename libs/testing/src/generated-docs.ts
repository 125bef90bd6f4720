import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** The command that writes every generated document (tools/docs/generate.mjs). */
export const REGENERATE_DOCS = 'npm run docs';

/**
 * Fails unless `file` (a path from the repository root) holds exactly `rendered`, and says which command
 * regenerates it. Tests only check generated documents; `npm run docs` alone writes them.
 */
export function expectGeneratedDoc(file: string, rendered: string): void {
  const full = path.join(ROOT, file);
  if (!existsSync(full)) throw new Error(`${file} is missing: generate it with\n  ${REGENERATE_DOCS}`);
  try {
    expect(readFileSync(full, 'utf8')).toBe(rendered);
  } catch (error) {
    throw new Error(
      `${file} differs from what the code generates: regenerate it with\n  ${REGENERATE_DOCS}\n` +
        `and commit it.\n\n${(error as Error).message}`,
    );
  }
}

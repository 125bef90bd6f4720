// Compiles apps/ and libs/ to dist/ with SWC (type checking is `npm run typecheck`). Each service's
// entry point is dist/apps/<service>/src/main.js.
import { createRequire } from 'node:module';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildConsole } from './console/build-console.mjs';

const require = createRequire(import.meta.url);
const swc = require('@swc/core');
const swcOptions = require('./swc-options.cjs');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist');
const isSource = (f) =>
  f.endsWith('.ts') &&
  !f.endsWith('.spec.ts') &&
  !f.endsWith('.int-spec.ts') &&
  !f.endsWith('.container-spec.ts') &&
  !f.endsWith('.test-fixture.ts') &&
  !f.endsWith('.d.ts');

/** Projects that run in the browser: Vite builds them (the console), not SWC. */
const BROWSER_PROJECTS = ['apps/console'];

async function* sources(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && BROWSER_PROJECTS.includes(path.relative(root, full))) continue;
    if (entry.isDirectory()) yield* sources(full);
    else if (isSource(entry.name)) yield full;
  }
}

/**
 * Compiles `roots` (project folders such as `apps/intake`; by default every app and lib) into dist/,
 * replacing what dist/ held for them. `nx build <project>` compiles one project this way, its libs
 * first (nx.json: dependsOn ^build).
 */
export async function build({ quiet = false, roots } = {}) {
  const started = Date.now();
  const tops = roots ?? ['apps', 'libs'];
  for (const top of roots ? tops : ['']) await rm(path.join(outDir, top), { recursive: true, force: true });
  const options = swcOptions();
  let count = 0;
  const jobs = [];
  for (const top of tops) {
    for await (const file of sources(path.join(root, top))) {
      jobs.push(
        (async () => {
          const rel = path.relative(root, file);
          const target = path.join(outDir, rel.replace(/\.ts$/, '.js'));
          const { code, map } = await swc.transformFile(file, {
            ...options,
            filename: file,
            outputPath: target,
          });
          await mkdir(path.dirname(target), { recursive: true });
          await writeFile(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
          if (map) await writeFile(`${target}.map`, map);
          count += 1;
        })(),
      );
    }
  }
  await Promise.all(jobs);
  if (!quiet) console.log(`built ${count} files into dist/ in ${Date.now() - started} ms`);
  if (!roots || roots.some((r) => BROWSER_PROJECTS.includes(r))) await buildConsole({ quiet });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const roots = process.argv.slice(2);
  build(roots.length ? { roots } : {}).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

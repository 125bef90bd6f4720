// Loads the workspace's TypeScript sources as they are, compiled by SWC as the build and jest compile
// them (decorators, metadata, @nrm/* aliases), for tools that render or check something from the code.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let installed = false;

/** A `require` for workspace files by their path from the root (`apps/intake/src/service.ts`). */
export function typeScriptLoader() {
  if (!installed) {
    const Module = require('node:module');
    const swc = require('@swc/core');
    const options = require('./swc-options.cjs')();
    Module._extensions['.ts'] = (module, filename) => {
      const { code } = swc.transformSync(readFileSync(filename, 'utf8'), {
        ...options,
        filename,
        sourceMaps: 'inline',
      });
      module._compile(code, filename);
    };
    installed = true;
  }
  return (file) => require(path.join(ROOT, file));
}

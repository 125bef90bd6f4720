// Builds the console (apps/console) with Vite into dist/console, which the gateway serves at `/`.
// `npm run build` and `npm start` run it after the services; `nx build console` runs the same Vite
// configuration through @nx/vite.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CONSOLE_DIR = path.join(ROOT, 'dist', 'console');

export async function buildConsole({ quiet = false } = {}) {
  const { build } = await import('vite');
  await build({
    configFile: path.join(ROOT, 'apps', 'console', 'vite.config.mts'),
    logLevel: quiet ? 'warn' : 'info',
  });
  return CONSOLE_DIR;
}

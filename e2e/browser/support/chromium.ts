import { existsSync } from 'node:fs';

/**
 * The Chromium the suite drives: CHROMIUM_PATH, else Debian's old headless shell
 * (`chromium-headless-shell`, what Playwright itself runs headless, lighter than the full browser),
 * else Debian's `chromium`. Browsers cannot be downloaded here.
 */
export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((file) => existsSync(file)) ??
  '/usr/bin/chromium-headless-shell';

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const CONSOLE_DIR = path.resolve(__dirname, '..', '..', 'dist', 'console');
const LIMIT_BYTES = 250 * 1024;

test('the initial bundle (what index.html loads before any lazy chunk) is under 250 KB gzipped', () => {
  const index = readFileSync(path.join(CONSOLE_DIR, 'index.html'), 'utf8');
  const initial = [...index.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  expect(initial.length).toBeGreaterThan(0);
  const gzipped = initial.reduce(
    (sum, file) => sum + gzipSync(readFileSync(path.join(CONSOLE_DIR, file)), { level: 9 }).length,
    0,
  );
  test.info().annotations.push({ type: 'initial bundle, gzipped', description: `${gzipped} bytes` });
  expect(gzipped).toBeLessThan(LIMIT_BYTES);
});

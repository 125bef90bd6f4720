import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH } from './support/chromium';

// The browser suite: the console in Debian's Chromium (browsers cannot be downloaded here), against
// one platform the run starts (global-setup.ts). `npm run test:browser`; part of `npm test`.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.browser-spec.ts',
  globalSetup: './global-setup.ts',
  // One platform for the suite; the files share it, each signing in as its own users.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: '../../.local/browser-test-results',
  use: {
    baseURL: process.env.NRM_CONSOLE_URL,
    locale: 'ar-KW',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      // Headless, no GPU, and the compositor in the browser process instead of a GPU process of its
      // own (a sixth less processor time on the suite's screens): it shares two cores with jest.
      args: ['--disable-gpu', '--in-process-gpu', '--disable-dev-shm-usage'],
    },
    viewport: { width: 1280, height: 900 },
    trace: 'retain-on-failure',
  },
});

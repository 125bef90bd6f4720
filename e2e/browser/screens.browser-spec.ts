import { expect, test } from '@playwright/test';
import { checkScreen, openConsole, signIn } from './support/console';
import type { Language } from './support/console';

/**
 * Every screen of the navigation, and the first item each list opens, of the roles whose screens the
 * other files do not check in that language: no serious or critical accessibility violation, and a
 * screenshot of each. Runs after the other files (alphabetical order), so the lists hold what they made.
 * With the other files, every screen is checked in both languages.
 */
const Sweeps = {
  ar: [
    ['first_responder', 'kw-moi-police'],
    ['protection_case_worker', 'kw-shelter-gov'],
    ['service_provider', 'ngo-migrant-support'],
    ['investigator', 'kw-moi-police'],
  ],
  en: [
    ['first_responder', 'kw-moi-police'],
    ['identification_officer', 'kw-nrm-competent-authority'],
    ['protection_case_worker', 'kw-shelter-gov'],
    ['service_provider', 'ngo-migrant-support'],
    ['investigator', 'kw-moi-police'],
  ],
} as const;

/** The lists whose first entry opens a screen of its own. */
const Openers: Readonly<Record<string, string>> = {
  '/referrals': 'referral-status',
  '/screenings': 'screening',
  '/protection': 'protection-case',
  '/prosecution': 'investigation',
};

for (const language of ['ar', 'en'] as const satisfies readonly Language[]) {
  for (const [role, agency] of Sweeps[language]) {
    test(`every screen of a ${role} (${language})`, async ({ page }) => {
      await openConsole(page, language);
      await signIn(page, role, agency);
      const links = page.locator('nav.app-nav a');
      const paths = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        await page.locator(`nav.app-nav a[href="${path}"]`).click();
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.locator('.loading')).toHaveCount(0);
        await checkScreen(page, `${role}${path.replace(/\//g, '-')}`, language);
        const opener = Openers[path];
        const first = page.locator(`main table a[href^="${path}/"]`).first();
        if (opener && (await first.count()) > 0) {
          await first.click();
          await expect(page.locator('.loading')).toHaveCount(0);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          await checkScreen(page, `${role}-${opener}`, language);
        }
      }
    });
  }
}

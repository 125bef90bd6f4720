import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

const SCREENS_DIR = path.resolve(__dirname, '..', '..', '..', '.local', 'console-screens');

export type Language = 'ar' | 'en';

/** Opens the console in a language (the switch on the sign-in page, kept for the next visit). */
export async function openConsole(page: Page, language: Language): Promise<void> {
  await page.goto('/');
  await page.evaluate((lang) => window.localStorage.setItem('nrm.console.language', lang), language);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** Signs in on the development sign-in page as the seeded user with `role` in `agencyId`. */
export async function signIn(page: Page, role: string, agencyId: string): Promise<void> {
  const select = page.locator('#dev-user');
  await expect(select.locator(`option[value="${agencyId}.${role.replace(/_/g, '-')}"]`)).toHaveCount(1);
  await select.selectOption(`${agencyId}.${role.replace(/_/g, '-')}`);
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('nav.app-nav')).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.locator('header button.button-secondary').click();
  await expect(page.locator('#dev-user')).toBeVisible();
}

/**
 * No serious or critical WCAG 2.2 A/AA violation on the page as it stands, and a screenshot of it
 * kept as a test artefact (.local/console-screens/<language>/<name>.png).
 */
export async function checkScreen(page: Page, name: string, language: Language): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const grave = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(grave, `${name} in ${language}`).toEqual([]);
  mkdirSync(path.join(SCREENS_DIR, language), { recursive: true });
  await page.screenshot({ path: path.join(SCREENS_DIR, language, `${name}.png`), fullPage: true });
}

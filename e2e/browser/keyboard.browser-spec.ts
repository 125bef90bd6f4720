import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { openConsole } from './support/console';

/** Presses Tab until `target` has the focus, at most `limit` times. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab did not reach ${target.toString()} in ${limit} presses`);
}

/** The focused element shows where it is: an outline or a ring, not the browser's nothing. */
async function expectVisibleFocus(page: Page): Promise<void> {
  const indicator = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = window.getComputedStyle(element);
    return { outline: style.outlineStyle, width: style.outlineWidth, shadow: style.boxShadow };
  });
  expect(
    (indicator.outline !== 'none' && indicator.width !== '0px') || indicator.shadow !== 'none',
    JSON.stringify(indicator),
  ).toBe(true);
}

// WCAG 2.1.1 and 2.4.7: signing in and going from screen to screen with the keyboard alone, every stop
// with a visible focus.
test('a police officer signs in and reaches the inbox with the keyboard alone, the focus always shown', async ({
  page,
}) => {
  await openConsole(page, 'en');
  const user = page.locator('#dev-user');
  await tabTo(page, user);
  await expectVisibleFocus(page);
  for (let presses = 0; (await user.inputValue()) !== 'kw-moi-police.first-responder'; presses += 1) {
    expect(presses, 'the police first responder is among the users').toBeLessThan(80);
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('nav.app-nav')).toBeVisible();

  // The first stop is the skip link, shown when focused; it takes the focus past the navigation.
  await page.locator('body').focus();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectVisibleFocus(page);

  await tabTo(page, page.locator('nav.app-nav').getByRole('link', { name: 'Inbox' }));
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
});

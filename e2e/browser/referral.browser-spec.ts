import { expect, test } from '@playwright/test';
import { checkScreen, openConsole, signIn } from './support/console';

const today = () => new Date().toISOString().slice(0, 10);

test.describe('a police referral through the console, in Arabic', () => {
  test('the police officer refers a presumed victim and follows the referral', async ({ page }) => {
    await openConsole(page, 'ar');
    await checkScreen(page, 'sign-in', 'ar');
    await signIn(page, 'first_responder', 'kw-moi-police');
    await page.getByRole('link', { name: 'إحالة جديدة' }).click();
    await checkScreen(page, 'new-referral', 'ar');

    await page.getByLabel('تاريخ اللقاء').fill(today());
    await page.getByLabel('المكان', { exact: true }).fill('مخفر جليب الشيوخ');
    await page.getByLabel('الاسم بالحروف العربية').fill('أمينة يوسف');
    await page.getByLabel('تاريخ الميلاد', { exact: true }).fill('1996-03-14');
    await page.getByLabel('الجنس', { exact: true }).selectOption('female');
    await page.getByLabel('الجنسيات (رموز الدول، تفصل بينها فواصل)').fill('PH');
    await page.getByRole('checkbox', { name: 'الاستعباد المنزلي' }).check();
    await page.getByRole('checkbox', { name: 'حجز الوثائق' }).check();
    await page.getByRole('checkbox', { name: 'يوافق الشخص على الإحالة' }).check();
    await page.getByRole('checkbox', { name: 'دور الإيواء' }).check();
    await page.getByRole('button', { name: 'إرسال الإحالة' }).click();

    const accepted = page.getByRole('status').filter({ hasText: 'استلمت الإحالة' });
    await expect(accepted).toBeVisible();
    const reference = (await accepted.getByRole('link').textContent())?.match(/[A-Z]{2,}-[\w-]+/)?.[0];
    expect(reference).toBeTruthy();

    await accepted.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(reference!);
    await expect(page.locator('.timeline')).toContainText('استلام الإحالة');
    await checkScreen(page, 'referral-status', 'ar');

    await page.getByRole('link', { name: 'إحالاتي' }).click();
    await expect(page.getByRole('link', { name: reference! })).toBeVisible();
    await checkScreen(page, 'my-referrals', 'ar');
  });
});

test.describe('the first steps in English', () => {
  test("the API's validation errors appear on their fields, and a corrected referral is received", async ({
    page,
  }) => {
    await openConsole(page, 'en');
    await checkScreen(page, 'sign-in', 'en');
    await signIn(page, 'first_responder', 'kw-moi-immigration');
    await page.getByRole('link', { name: 'New referral' }).click();
    await page.getByRole('button', { name: 'Submit the referral' }).click();

    await expect(page.getByRole('alert')).toContainText('Some fields need attention.');
    const place = page.getByLabel('Place', { exact: true });
    await expect(place).toHaveAttribute('aria-invalid', 'true');
    await checkScreen(page, 'new-referral-errors', 'en');

    await page.getByLabel('Date of the encounter').fill(today());
    await place.fill('Kuwait International Airport');
    await page.getByLabel('Name in Latin script').fill('Maria Santos');
    await page.getByLabel('Date of birth', { exact: true }).fill('1996-03-14');
    await page.getByLabel('Nationalities (country codes, separated by commas)').fill('PH');
    await page.getByRole('checkbox', { name: 'Forced labour' }).check();
    await page.getByRole('checkbox', { name: 'The person consents to the referral' }).check();
    await page.getByRole('button', { name: 'Submit the referral' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'received' })).toBeVisible();
    await expect(place).not.toHaveAttribute('aria-invalid', 'true');
    await checkScreen(page, 'new-referral', 'en');
  });

  test('the language chosen is kept for the next visit, and the page turns left to right', async ({
    page,
  }) => {
    await openConsole(page, 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.getByLabel('اللغة').selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  });
});

test.describe("the referrer's changes, in English", () => {
  test('an anonymous notice, then a referral corrected, its consent withdrawn, and withdrawn', async ({
    page,
  }) => {
    await openConsole(page, 'en');
    await signIn(page, 'first_responder', 'kw-pam-labour');
    await page.getByRole('link', { name: 'Anonymous notice' }).click();
    await page.getByLabel('Date of the encounter').fill(today());
    await page.getByLabel('Nationalities (country codes, separated by commas)').fill('NP');
    await page.getByRole('checkbox', { name: 'Forced labour' }).check();
    await page.getByRole('button', { name: 'Record the notice' }).click();
    // An adult's notice: without an age the API answers on the field.
    await expect(page.getByLabel('Estimated age (an adult: 18 or more)')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await page.getByLabel('Estimated age (an adult: 18 or more)').fill('31');
    await page.getByRole('button', { name: 'Record the notice' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'The anonymous notice was recorded.' }),
    ).toBeVisible();
    await checkScreen(page, 'anonymous-notice', 'en');

    await page.getByRole('link', { name: 'New referral' }).click();
    await expect(page.getByRole('heading', { name: 'Refer a presumed victim' })).toBeVisible();
    await page.getByLabel('Date of the encounter').fill(today());
    await page.getByLabel('Place', { exact: true }).fill('Shuwaikh industrial area');
    await page.getByLabel('Name in Latin script').fill('Ram Testperson');
    await page.getByLabel('Date of birth', { exact: true }).fill('1990-01-01');
    await page.getByLabel('Nationalities (country codes, separated by commas)').fill('NP');
    await page.getByRole('checkbox', { name: 'Forced labour' }).check();
    await page.getByRole('checkbox', { name: 'The person consents to the referral' }).check();
    await page.getByRole('button', { name: 'Submit the referral' }).click();
    await page.getByRole('status').getByRole('link').click();

    const amend = page.getByRole('form', { name: 'Correct the referral' });
    await amend.getByRole('checkbox', { name: 'Danger to life' }).check();
    await amend.getByLabel('Reason').fill('Threats reported at the second interview');
    await amend.getByRole('button', { name: 'Correct the referral' }).click();
    await expect(page.getByText('Version 2')).toBeVisible();
    await expect(page.getByText('Immediate protection required')).toBeVisible();

    const consent = page.getByRole('form', { name: 'Consent' });
    await consent.getByLabel('Purpose').selectOption('statistics');
    await consent.getByRole('radio', { name: 'withdraws consent' }).check();
    await consent.getByRole('button', { name: 'Record the consent' }).click();
    await expect(consent.getByRole('alert')).toHaveCount(0);
    await checkScreen(page, 'referral-changes', 'en');

    const withdraw = page.getByRole('form', { name: 'Withdraw the referral' });
    await withdraw.getByLabel('Reason').fill('Referred in error: the person is a witness');
    await withdraw.getByRole('button', { name: 'Withdraw the referral' }).click();
    await expect(page.locator('.timeline li')).toHaveCount(2);
    await expect(page.getByRole('form', { name: 'Withdraw the referral' })).toHaveCount(0);
  });
});

test.describe('what a role may see', () => {
  test('an analyst has no referral screens, and opening one by its address shows it is not for them', async ({
    page,
  }) => {
    await openConsole(page, 'en');
    await signIn(page, 'analyst', 'kw-nrm-competent-authority');
    await expect(page.getByRole('link', { name: 'New referral' })).toHaveCount(0);

    // The token lives in memory only: opening an address signs in again, then the screen refuses.
    await page.goto('/referrals/new');
    await signIn(page, 'analyst', 'kw-nrm-competent-authority');
    await expect(page.getByRole('heading', { name: 'Not available for your role' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Submit the referral' })).toHaveCount(0);
    await checkScreen(page, 'not-for-your-role', 'en');
  });

  test('no token and no personal data are kept in the browser or the address', async ({ page }) => {
    await openConsole(page, 'ar');
    await signIn(page, 'first_responder', 'kw-moi-police');
    const stored = await page.evaluate(() =>
      JSON.stringify({ ...window.localStorage, ...window.sessionStorage }),
    );
    expect(stored).not.toMatch(/eyJ|Bearer/);
    expect(JSON.parse(stored)).toEqual({ 'nrm.console.language': 'ar' });
    expect(page.url()).not.toMatch(/token|name/i);
  });
});

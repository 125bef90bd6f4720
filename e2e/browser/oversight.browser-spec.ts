import { expect, test } from '@playwright/test';
import { callApi, referralOf } from './support/api';
import { checkScreen, openConsole, signIn } from './support/console';
import type { Language } from './support/console';

const LABELS = {
  ar: {
    duplicates: 'مراجعة التكرار',
    confirm: 'تأكيد: الشخص نفسه',
    statistics: 'الإحصاءات',
    suppressed: 'محجوب',
    inbox: 'صندوق الوارد',
    accessLog: 'سجل الاطلاع',
    myReferrals: 'إحالاتي',
  },
  en: {
    duplicates: 'Duplicate review',
    confirm: 'Confirm: the same person',
    statistics: 'Statistics',
    suppressed: 'Suppressed',
    inbox: 'Inbox',
    accessLog: 'Access log',
    myReferrals: 'My referrals',
  },
} as const;

let baseUrl = '';
let firstCase = '';

test.beforeAll(async ({ baseURL }) => {
  baseUrl = baseURL!;
  // The same person referred by the police and by the health services: a suspected duplicate.
  const person = { latin: 'Rosa Dela Cruz', dateOfBirth: '1991-07-02', passport: 'P7788991' };
  firstCase = (
    await callApi<{ caseId: string }>(
      baseUrl,
      'kw-moi-police.first-responder',
      'POST',
      '/api/v1/referrals',
      referralOf(person),
    )
  ).caseId;
  await callApi(baseUrl, 'kw-moh-health.first-responder', 'POST', '/api/v1/referrals', {
    ...referralOf(person),
    channel: 'health',
  });
});

for (const language of ['ar', 'en'] as const satisfies readonly Language[]) {
  const label = LABELS[language];

  test(`a supervisor of the competent authority reviews a suspected duplicate (${language})`, async ({
    page,
  }) => {
    await openConsole(page, language);
    await signIn(page, 'supervisor', 'kw-nrm-competent-authority');
    await page.getByRole('link', { name: label.duplicates }).click();
    const link = page.locator('article').filter({ hasText: 'KW-' }).first();
    await expect(link).toBeVisible({ timeout: 30_000 });
    await checkScreen(page, 'duplicate-review', language);
    if (language === 'en') {
      await link.getByRole('textbox').fill('Same passport number in both referrals');
      await link.getByRole('button', { name: label.confirm }).click();
      await expect(page.locator('article').filter({ hasText: 'KW-' })).toHaveCount(0);
    }
  });

  test(`an analyst reads the statistics, a small count shown as suppressed, never as zero (${language})`, async ({
    page,
  }) => {
    await openConsole(page, language);
    await signIn(page, 'analyst', 'kw-nrm-competent-authority');
    await page.getByRole('link', { name: label.statistics }).click();
    await expect(page.getByRole('table')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('table').getByText(label.suppressed).first()).toBeVisible();
    await checkScreen(page, 'statistics', language);
  });

  test(`a police supervisor reads the inbox and a case's access log (${language})`, async ({ page }) => {
    await openConsole(page, language);
    await signIn(page, 'supervisor', 'kw-moi-police');
    await page.getByRole('link', { name: label.inbox }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await checkScreen(page, 'inbox', language);
    await page.getByRole('link', { name: label.myReferrals }).click();
    await page.goto(`/referrals/${firstCase}`);
    await signIn(page, 'supervisor', 'kw-moi-police');
    await page.getByRole('link', { name: label.accessLog }).click();
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByRole('cell', { name: 'kw-moi-police' }).first()).toBeVisible();
    await checkScreen(page, 'access-log', language);
  });
}

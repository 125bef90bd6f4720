import { expect, test } from '@playwright/test';
import { checkScreen, openConsole, signIn } from './support/console';

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

// One case through the console in Arabic, each step as the agency that takes it.
test.describe.serial('the whole lifecycle through the console, in Arabic', () => {
  let caseId = '';
  let reference = '';

  test('the police refer a presumed victim', async ({ page }) => {
    await openConsole(page, 'ar');
    await signIn(page, 'first_responder', 'kw-moi-police');
    await page.getByRole('link', { name: 'إحالة جديدة' }).click();
    await page.getByLabel('تاريخ اللقاء').fill(today());
    await page.getByLabel('المكان', { exact: true }).fill('مخفر الفحيحيل');
    await page.getByLabel('الاسم بالحروف العربية').fill('فاطمة علي');
    await page.getByLabel('تاريخ الميلاد', { exact: true }).fill('1994-05-20');
    await page.getByLabel('الجنس', { exact: true }).selectOption('female');
    await page.getByLabel('الجنسيات (رموز الدول، تفصل بينها فواصل)').fill('LK');
    await page.getByRole('checkbox', { name: 'العمل القسري' }).check();
    await page.getByRole('checkbox', { name: 'يوافق الشخص على الإحالة' }).check();
    await page.getByRole('checkbox', { name: 'دور الإيواء' }).check();
    await page.getByRole('button', { name: 'إرسال الإحالة' }).click();
    const accepted = page.getByRole('status').filter({ hasText: 'استلمت الإحالة' });
    await expect(accepted).toBeVisible();
    reference = (await accepted.getByRole('link').textContent())?.match(/[A-Z]{2}-\d{4}-\w+/)?.[0] ?? '';
    await accepted.getByRole('link').click();
    await expect(page).toHaveURL(/\/referrals\/[0-9a-f-]{36}$/);
    caseId = page.url().split('/').pop()!;
  });

  test('the competent authority screens it with the indicators and decides on reasonable grounds', async ({
    page,
  }) => {
    await openConsole(page, 'ar');
    await signIn(page, 'identification_officer', 'kw-nrm-competent-authority');
    await page.getByRole('link', { name: 'قائمة الفحص' }).click();
    const row = page.getByRole('row').filter({ hasText: reference });
    await expect(row).toBeVisible({ timeout: 30_000 });
    await expect(row).toContainText('يوم عمل');
    await checkScreen(page, 'screening-queue', 'ar');
    await row.getByRole('link', { name: reference }).click();

    await page.getByRole('button', { name: 'بدء تقييم المؤشرات' }).click();
    const first = page.locator('.indicator').first();
    await expect(first).toBeVisible();
    await first.getByRole('radio', { name: 'موجود', exact: true }).check();
    await first.getByLabel('مصدر الدليل').selectOption('interview');
    await first.getByLabel('ملاحظة الدليل').fill('ذكرت ذلك في المقابلة الأولى');
    await page.getByRole('button', { name: 'حفظ الإجابات' }).click();
    await expect(page.locator('.advice')).toContainText('القاعدة');
    await checkScreen(page, 'screening', 'ar');

    await page.getByRole('button', { name: 'إنهاء التقييم' }).click();
    await expect(page.getByRole('button', { name: 'بدء إعادة التقييم' })).toBeVisible();
    const decision = page.locator('form').filter({ hasText: 'القرار الأولي' });
    await decision.getByRole('radio', { name: 'إيجابي' }).check();
    await decision.getByLabel('الأسباب').fill('أسباب معقولة: حجز الوثائق والعمل دون أجر');
    await decision
      .getByLabel('سبب مخالفة القرار للرأي الاستشاري')
      .fill('أدلة المقابلة تكفي للأسباب المعقولة');
    await decision.getByRole('button', { name: 'تسجيل القرار' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'فترة التعافي والتفكير' })).toBeVisible();
  });

  test('a protection case worker plans the services and places the person in a shelter bed', async ({
    page,
  }) => {
    await openConsole(page, 'ar');
    await signIn(page, 'protection_case_worker', 'kw-shelter-gov');
    await page.getByRole('link', { name: 'الحماية', exact: true }).click();
    await expect(page.getByRole('link', { name: reference })).toBeVisible({ timeout: 30_000 });
    await page.getByRole('link', { name: reference }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);

    const needs = page.getByRole('form', { name: 'تسجيل تقييم الاحتياجات' });
    await needs.getByRole('checkbox', { name: 'الإيواء' }).check();
    await needs.getByRole('checkbox', { name: 'الدعم النفسي والاجتماعي' }).check();
    await needs.getByRole('button', { name: 'تسجيل تقييم الاحتياجات' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: 'الدعم النفسي والاجتماعي' })).toBeVisible();

    const shelters = page.getByRole('table').filter({ hasText: 'أسرّة شاغرة' });
    await expect(shelters).toBeVisible();
    await page.getByRole('form', { name: 'طلب سرير في دار إيواء' }).getByRole('button').click();
    await expect(page.getByRole('listitem').filter({ hasText: 'خصص سرير' })).toBeVisible();
    await checkScreen(page, 'protection-case', 'ar');
    await page.getByRole('button', { name: /^وصل إلى/ }).click();
    await expect(page.getByRole('listitem').filter({ hasText: 'وصل' }).first()).toBeVisible();
  });

  test('an investigator opens an investigation, charges a suspect under Law 91/2013 and schedules a hearing', async ({
    page,
  }) => {
    await openConsole(page, 'ar');
    await signIn(page, 'investigator', 'kw-moi-police');
    await page.getByRole('link', { name: 'الملاحقة القضائية' }).click();
    await page.getByLabel('معرّف الحالة (من صفحة الحالة أو من إشعار)').fill(caseId);
    await page.getByRole('button', { name: 'فتح تحقيق' }).click();
    await expect(page.getByRole('heading', { name: 'التحقيق', exact: true })).toBeVisible();

    await page.getByLabel('اسم المشتبه به').fill('Employer Testname');
    await page.getByRole('button', { name: 'إضافة مشتبه به' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: 'Employer Testname' })).toBeVisible();
    const charge = page.locator('form').filter({ hasText: 'توجيه تهمة' });
    await expect(charge.getByLabel('مادة القانون')).toContainText('الاتجار بالأشخاص');
    await charge.getByRole('button', { name: 'توجيه تهمة' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: 'kw-91-2013' })).toBeVisible();

    const hearing = page.locator('form').filter({ hasText: 'تحديد جلسة' });
    await hearing.getByLabel('المحكمة').fill('المحكمة الكلية، الدائرة الجزائية');
    await hearing.getByLabel('التاريخ').fill(inDays(30));
    await hearing.getByRole('button', { name: 'تحديد جلسة' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: 'المحكمة الكلية' })).toBeVisible();
    await checkScreen(page, 'investigation', 'ar');
  });

  test("the referrer's inbox and the case's timeline show what happened", async ({ page }) => {
    await openConsole(page, 'ar');
    await signIn(page, 'first_responder', 'kw-moi-police');
    await page.getByRole('link', { name: 'صندوق الوارد' }).click();
    await expect(page.locator('.inbox li').filter({ hasText: reference }).first()).toBeVisible({
      timeout: 30_000,
    });
    await checkScreen(page, 'inbox-referrer', 'ar');
    await page.getByRole('link', { name: reference }).first().click();
    // Screened, a protection case opened on the positive decision, and now under investigation.
    await expect(page.locator('.timeline li.done')).toHaveCount(3);
    await expect(page.locator('.timeline li.current')).toContainText('التحقيق والملاحقة القضائية');
    await checkScreen(page, 'case-timeline', 'ar');
  });
});

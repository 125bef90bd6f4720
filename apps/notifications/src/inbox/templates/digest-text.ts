import type { NotificationKind } from '@nrm/contracts';
import { formatDate } from './locale';
import type { RecipientLocale, RenderedNotification } from './locale';

/** What one agency's daily digest counts: the notifications of the day it covers, by kind. */
export interface DigestSummary {
  /** The local day covered, `YYYY-MM-DD`. */
  coveredDay: string;
  countsByKind: Partial<Record<NotificationKind, number>>;
  /** Cases whose deadlines were breached that day, by reference. */
  breachedCaseReferences: string[];
}

const KIND_TEXT: Record<
  Exclude<NotificationKind, 'daily_digest' | 'security_alert'>,
  { en: string; ar: string }
> = {
  referral_received: { en: 'referrals received', ar: 'إحالات مستلمة' },
  referral_outcome: { en: 'decisions on referrals', ar: 'قرارات في الإحالات' },
  urgent_risk: { en: 'urgent risk alerts', ar: 'تنبيهات خطر عاجل' },
  anonymous_notice: { en: 'anonymous notices', ar: 'إشعارات مجهولة الهوية' },
  deadline_approaching: { en: 'deadlines approaching', ar: 'مواعيد قريبة' },
  deadline_breached: { en: 'deadlines breached', ar: 'مواعيد متجاوزة' },
  service_request: { en: 'service requests', ar: 'طلبات خدمة' },
  disclosure_stopped: { en: 'data sharing stopped', ar: 'إيقاف مشاركة البيانات' },
  follow_up_due: { en: 'follow-ups due', ar: 'متابعات مستحقة' },
  hearing: { en: 'hearings', ar: 'جلسات' },
};

export function digestText(locale: RecipientLocale, d: DigestSummary): RenderedNotification {
  const ar = locale.language === 'ar';
  const day = formatDate(locale, d.coveredDay);
  const lines = (Object.keys(KIND_TEXT) as (keyof typeof KIND_TEXT)[])
    .filter((kind) => (d.countsByKind[kind] ?? 0) > 0)
    .map((kind) => `${KIND_TEXT[kind][ar ? 'ar' : 'en']}: ${d.countsByKind[kind]}`);
  const total = Object.values(d.countsByKind).reduce((sum, n) => sum + (n ?? 0), 0);
  const breached =
    d.breachedCaseReferences.length === 0
      ? ''
      : ar
        ? ` المواعيد المتجاوزة في الحالات: ${d.breachedCaseReferences.join('، ')}.`
        : ` Deadlines breached in cases: ${d.breachedCaseReferences.join(', ')}.`;
  return ar
    ? {
        title: `الملخص اليومي: ${day}`,
        body: `${total} إشعارات في ${day} — ${lines.join('، ')}.${breached}`,
      }
    : {
        title: `Daily digest: ${day}`,
        body: `${total} notifications on ${day}: ${lines.join('; ')}.${breached}`,
      };
}

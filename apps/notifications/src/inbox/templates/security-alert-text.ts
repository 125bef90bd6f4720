import { formatDate } from './locale';
import type { RecipientLocale, RenderedNotification } from './locale';

/** A burst of refused requests by one user of the agency, as the gateway saw it. */
export interface SecurityAlertFacts {
  kind: 'denied_burst';
  userId: string;
  role: string;
  refusedInMinute: number;
  /** When the minute began, ISO 8601. */
  windowStartedAt: string;
}

export function securityAlertText(locale: RecipientLocale, a: SecurityAlertFacts): RenderedNotification {
  const at = a.windowStartedAt.slice(11, 16);
  const day = formatDate(locale, a.windowStartedAt.slice(0, 10));
  if (locale.language === 'ar') {
    return {
      title: 'تنبيه أمني: طلبات مرفوضة متكررة',
      body: `رُفض أكثر من ${a.refusedInMinute - 1} طلباً للمستخدم ${a.userId} (${a.role}) في دقيقة واحدة، ${day} الساعة ${at} UTC. تحققوا من أن الحساب لم يُخترق ومن صلاحياته.`,
    };
  }
  return {
    title: 'Security alert: repeated refused requests',
    body: `More than ${a.refusedInMinute - 1} requests by user ${a.userId} (${a.role}) were refused within one minute, ${day} at ${at} UTC. Check that the account is not misused and that its role is right.`,
  };
}

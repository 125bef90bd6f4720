import { randomUUID } from 'node:crypto';
import type { Language } from '@nrm/contracts';
import type { OutgoingNotification } from '../deliveries/channel-sender';

const PING_TEXT: Record<Language, { title: string; body: string }> = {
  en: {
    title: 'Test notification',
    body: 'Your webhook endpoint receives notifications from the referral platform.',
  },
  ar: { title: 'إشعار تجريبي', body: 'نقطة الاستقبال لديكم تستقبل الإشعارات من منصة الإحالة.' },
};

/** A signed test delivery an agency asks for to check its endpoint; it concerns no case. */
export function pingNotification(
  agencyId: string,
  language: Language,
  webhook: { url: string; secret: string },
): OutgoingNotification {
  return {
    notificationId: randomUUID(),
    agencyId,
    eventType: 'nrm.notifications.ping',
    kind: 'ping',
    language,
    urgent: false,
    ...PING_TEXT[language],
    createdAt: new Date(),
    webhook,
  };
}

import type { Language, ScreeningOpenedV1 } from '@nrm/contracts';

export interface RenderedNotification {
  title: string;
  body: string;
}

/**
 * Notification texts in Arabic and English. They name the case by reference and say what happened,
 * never who the person is; the recipient follows the reference to the gateway, where access is checked.
 */
export function screeningOpenedText(language: Language, e: ScreeningOpenedV1): RenderedNotification {
  if (language === 'ar') {
    return {
      title: `تم استلام الإحالة ${e.caseReference}`,
      body: `فُتح ملف التعرّف للحالة ${e.caseReference}. القرار الأولي مستحق بحلول ${e.preliminaryDecisionDueOn} (${e.preliminaryDecisionWorkingDays} أيام عمل).`,
    };
  }
  return {
    title: `Referral ${e.caseReference} received`,
    body: `Screening opened for case ${e.caseReference}. Preliminary decision due by ${e.preliminaryDecisionDueOn} (${e.preliminaryDecisionWorkingDays} working days).`,
  };
}

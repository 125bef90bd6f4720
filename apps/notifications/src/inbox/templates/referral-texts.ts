import type {
  AnonymousNoticeRecordedV1,
  DeadlineAlertV1,
  FinalDecisionRecordedV1,
  PreliminaryDecisionRecordedV1,
  ScreeningOpenedV1,
  UrgentRiskRaisedV1,
} from '@nrm/contracts';
import { formatDate } from './locale';
import type { RecipientLocale, RenderedNotification } from './locale';

/**
 * Notification texts in Arabic and English. They name the case by reference and say what happened,
 * never who the person is; the recipient follows the reference to the gateway, where access is checked.
 */
export function screeningOpenedText(locale: RecipientLocale, e: ScreeningOpenedV1): RenderedNotification {
  const due = formatDate(locale, e.preliminaryDecisionDueOn);
  if (locale.language === 'ar') {
    return {
      title: `تم استلام الإحالة ${e.caseReference}`,
      body: `فُتح ملف التعرّف للحالة ${e.caseReference}. القرار الأولي مستحق بحلول ${due} (${e.preliminaryDecisionWorkingDays} أيام عمل).`,
    };
  }
  return {
    title: `Referral ${e.caseReference} received`,
    body: `Screening opened for case ${e.caseReference}. Preliminary decision due by ${due} (${e.preliminaryDecisionWorkingDays} working days).`,
  };
}

const RISK_TEXT: Record<string, { en: string; ar: string }> = {
  danger_to_life: { en: 'danger to life', ar: 'خطر على الحياة' },
  medical_urgency: { en: 'medical urgency', ar: 'حالة طبية طارئة' },
  flight_risk: { en: 'flight risk', ar: 'خطر الفرار' },
};

export function urgentRiskText({ language }: RecipientLocale, e: UrgentRiskRaisedV1): RenderedNotification {
  const risks = e.risks.map((r) => RISK_TEXT[r]?.[language] ?? r).join(language === 'ar' ? '، ' : ', ');
  if (language === 'ar') {
    return {
      title: `عاجل: الحالة ${e.caseReference}`,
      body: `خطر عاجل في الحالة ${e.caseReference}: ${risks}.${e.personIsChild ? ' الشخص طفل.' : ''} يلزم التدخل فوراً.`,
    };
  }
  return {
    title: `URGENT: case ${e.caseReference}`,
    body: `Urgent risk in case ${e.caseReference}: ${risks}.${e.personIsChild ? ' The person is a child.' : ''} Act at once.`,
  };
}

export function anonymousNoticeText(
  { language }: RecipientLocale,
  e: AnonymousNoticeRecordedV1,
): RenderedNotification {
  const types = e.exploitationTypes.join(', ');
  if (language === 'ar') {
    return {
      title: 'إشعار مجهول الهوية بحالة اتجار محتملة',
      body: `رفض شخص بالغ الإحالة. الوقائع دون هوية: ${types}، الجنسية ${e.nationalities.join('، ')}، ${e.encounterMonth}${e.region ? `، ${e.region}` : ''}.`,
    };
  }
  return {
    title: 'Anonymous notice of possible trafficking',
    body: `An adult declined referral. Facts without identity: ${types}; nationality ${e.nationalities.join(', ')}; ${e.encounterMonth}${e.region ? `; ${e.region}` : ''}.`,
  };
}

const DEADLINE_TEXT: Record<string, { en: string; ar: string }> = {
  preliminary_decision: {
    en: 'preliminary (reasonable grounds) decision',
    ar: 'القرار الأولي (أسباب معقولة)',
  },
  reconsideration: {
    en: 'decision on the reconsideration request',
    ar: 'القرار في طلب إعادة النظر',
  },
  recovery_period_end: {
    en: 'end of the recovery and reflection period',
    ar: 'نهاية فترة التعافي والتفكير',
  },
};

export function deadlineText(
  locale: RecipientLocale,
  e: DeadlineAlertV1,
  breached: boolean,
): RenderedNotification {
  const language = locale.language;
  const what = DEADLINE_TEXT[e.kind]?.[language] ?? e.kind;
  const dueOn = formatDate(locale, e.dueOn);
  if (language === 'ar') {
    return breached
      ? {
          title: `تجاوز الموعد: ${e.caseReference}`,
          body: `انقضى موعد ${what} للحالة ${e.caseReference} في ${dueOn}.`,
        }
      : {
          title: `موعد قريب: ${e.caseReference}`,
          body: `${what} للحالة ${e.caseReference} مستحق في ${dueOn}.`,
        };
  }
  return breached
    ? {
        title: `Deadline breached: ${e.caseReference}`,
        body: `The ${what} for case ${e.caseReference} was due on ${dueOn}.`,
      }
    : {
        title: `Deadline approaching: ${e.caseReference}`,
        body: `The ${what} for case ${e.caseReference} is due on ${dueOn}.`,
      };
}

/** The referrer learns the outcome of its referral: the decision, never its reasons. */
export function decisionText(
  { language }: RecipientLocale,
  e: PreliminaryDecisionRecordedV1 | FinalDecisionRecordedV1,
): RenderedNotification {
  const final = e.outcome === 'confirmed' || e.outcome === 'not_confirmed';
  const positive = e.outcome === 'positive' || e.outcome === 'confirmed';
  if (language === 'ar') {
    const what = final
      ? positive
        ? 'تم التأكيد النهائي بأن الشخص ضحية اتجار'
        : 'لم يتم التأكيد النهائي بأن الشخص ضحية اتجار'
      : positive
        ? 'توجد أسباب معقولة: الشخص ضحية محتملة وتبدأ فترة التعافي'
        : 'لا توجد أسباب معقولة في هذه المرحلة';
    return { title: `قرار في الحالة ${e.caseReference}`, body: `${what} (الحالة ${e.caseReference}).` };
  }
  const what = final
    ? positive
      ? 'Conclusive grounds: confirmed victim of trafficking'
      : 'Conclusive grounds: not confirmed as a victim'
    : positive
      ? 'Reasonable grounds: presumed victim; the recovery period starts'
      : 'No reasonable grounds at this stage';
  return { title: `Decision on case ${e.caseReference}`, body: `${what} (case ${e.caseReference}).` };
}

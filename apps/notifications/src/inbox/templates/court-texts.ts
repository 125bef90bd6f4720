import type { CourtTasksV1, HearingV1 } from '@nrm/contracts';
import { formatDate } from './locale';
import type { RecipientLocale, RenderedNotification } from './locale';

const HEARING_TYPE_TEXT: Record<string, { en: string; ar: string }> = {
  first_instance: { en: 'first-instance hearing', ar: 'جلسة أول درجة' },
  appeal: { en: 'appeal hearing', ar: 'جلسة استئناف' },
  cassation: { en: 'cassation hearing', ar: 'جلسة تمييز' },
  detention_review: { en: 'detention review', ar: 'جلسة نظر الحبس' },
  other: { en: 'hearing', ar: 'جلسة' },
};

/** The agencies of an investigation hear of a hearing: scheduled, postponed, or near. */
export function hearingText(
  locale: RecipientLocale,
  e: HearingV1,
  what: 'scheduled' | 'postponed' | 'approaching',
): RenderedNotification {
  const on = formatDate(locale, e.scheduledOn);
  const type = HEARING_TYPE_TEXT[e.hearingType] ?? HEARING_TYPE_TEXT['other'];
  if (locale.language === 'ar') {
    const verb = { scheduled: 'حُددت', postponed: 'أُجلت', approaching: 'تقترب' }[what];
    return { title: `${type.ar}: ${on}`, body: `${verb} ${type.ar} أمام ${e.court} في ${on}.` };
  }
  const verb = { scheduled: 'is scheduled', postponed: 'is postponed', approaching: 'is near' }[what];
  const title = `${type.en[0].toUpperCase()}${type.en.slice(1)}`;
  return { title: `${title}: ${on}`, body: `A ${type.en} at ${e.court} ${verb}: ${on}.` };
}

const TASK_TEXT: Record<string, { en: string; ar: string }> = {
  interpreter: { en: 'an interpreter', ar: 'مترجم' },
  legal_aid: { en: 'legal aid', ar: 'مساعدة قانونية' },
  transport: { en: 'transport', ar: 'نقل' },
  risk_review: { en: 'a risk review', ar: 'مراجعة المخاطر' },
};

/** The agencies holding a case hear that the victim testifies, and what is needed by when. */
export function courtTasksText(locale: RecipientLocale, e: CourtTasksV1): RenderedNotification {
  const on = formatDate(locale, e.hearingDate);
  const due = formatDate(locale, e.dueOn);
  const ar = locale.language === 'ar';
  const tasks = e.taskTypes.map((t) => TASK_TEXT[t]?.[ar ? 'ar' : 'en'] ?? t).join(ar ? '، ' : ', ');
  return ar
    ? {
        title: `شهادة في جلسة: ${e.caseReference}`,
        body: `يدلي الشخص في الحالة ${e.caseReference} بشهادته في ${on}. المطلوب قبل ${due}: ${tasks}.`,
      }
    : {
        title: `Testimony at a hearing: ${e.caseReference}`,
        body: `The person in case ${e.caseReference} testifies on ${on}. Needed by ${due}: ${tasks}.`,
      };
}

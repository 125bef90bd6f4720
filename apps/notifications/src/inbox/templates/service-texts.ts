import type { FollowUpDueV1, NeedType, ServiceReferralV1, ShelterPlacementV1 } from '@nrm/contracts';
import { formatDate } from './locale';
import type { RecipientLocale, RenderedNotification } from './locale';

const NEED_TEXT: Record<NeedType, { en: string; ar: string }> = {
  shelter: { en: 'shelter', ar: 'الإيواء' },
  medical: { en: 'medical care', ar: 'الرعاية الطبية' },
  psychosocial: { en: 'psychosocial support', ar: 'الدعم النفسي والاجتماعي' },
  legal_aid: { en: 'legal aid', ar: 'المساعدة القانونية' },
  interpretation: { en: 'interpretation', ar: 'الترجمة الشفوية' },
  education: { en: 'education', ar: 'التعليم' },
  livelihood: { en: 'livelihood support', ar: 'دعم سبل العيش' },
  family_tracing: { en: 'family tracing', ar: 'البحث عن الأسرة' },
  documents: { en: 'identity and travel documents', ar: 'وثائق الهوية والسفر' },
};

const PRIORITY_TEXT = {
  urgent: { en: 'urgent', ar: 'عاجل' },
  high: { en: 'high priority', ar: 'أولوية عالية' },
  normal: { en: 'normal priority', ar: 'أولوية عادية' },
};

/** A provider is asked for a service: what and how soon, by case reference only. */
export function serviceRequestText(
  { language }: RecipientLocale,
  e: ServiceReferralV1,
): RenderedNotification {
  const need = NEED_TEXT[e.needType][language];
  const priority = PRIORITY_TEXT[e.priority][language];
  return language === 'ar'
    ? {
        title: `طلب خدمة: ${e.caseReference}`,
        body: `طُلبت خدمة ${need} (${priority}) للحالة ${e.caseReference}. يرجى القبول أو الاعتذار في المنصة.`,
      }
    : {
        title: `Service request: ${e.caseReference}`,
        body: `${need[0].toUpperCase()}${need.slice(1)} (${priority}) is requested for case ${e.caseReference}. Accept or decline it on the platform.`,
      };
}

/** A shelter learns a bed in it was given to a case. */
export function shelterPlacedText(
  { language }: RecipientLocale,
  e: ShelterPlacementV1,
): RenderedNotification {
  return language === 'ar'
    ? {
        title: `إيواء: ${e.caseReference}`,
        body: `خُصص سرير في ${e.shelterId} للحالة ${e.caseReference}${e.priority ? ' (أولوية: طفل أو خطر عاجل)' : ''}. يرجى تسجيل الوصول عند قدوم الشخص.`,
      }
    : {
        title: `Shelter placement: ${e.caseReference}`,
        body: `A bed in ${e.shelterId} is given to case ${e.caseReference}${e.priority ? ' (priority: a child or an urgent risk)' : ''}. Check the person in on arrival.`,
      };
}

/** A provider must stop using the person's data: consent no longer covers it, or the case closed. */
export function disclosureStoppedText(
  { language }: RecipientLocale,
  e: ServiceReferralV1,
): RenderedNotification {
  const need = NEED_TEXT[e.needType][language];
  return language === 'ar'
    ? {
        title: `إيقاف مشاركة البيانات: ${e.caseReference}`,
        body: `توقف طلب ${need} للحالة ${e.caseReference}. يجب التوقف عن استخدام بيانات الشخص وحذف ما لا يلزم القانون بحفظه.`,
      }
    : {
        title: `Stop using data: ${e.caseReference}`,
        body: `The request for ${need} in case ${e.caseReference} has stopped. Stop using the person's data and delete what the law does not require you to keep.`,
      };
}

const MONTHS_AFTER_RETURN = [3, 6, 12];

/** A follow-up is due: a permit nearing expiry, or a follow-up after a return. */
export function followUpDueText(locale: RecipientLocale, e: FollowUpDueV1): RenderedNotification {
  const about = formatDate(locale, e.aboutDate);
  const months = MONTHS_AFTER_RETURN[e.sequence - 1];
  if (locale.language === 'ar') {
    return e.kind === 'residence_expiry'
      ? {
          title: `انتهاء الإقامة قريباً: ${e.caseReference}`,
          body: `ينتهي وضع الإقامة في الحالة ${e.caseReference} في ${about}. يرجى التجديد أو تسجيل ما تقرر.`,
        }
      : {
          title: `متابعة بعد العودة: ${e.caseReference}`,
          body: `حان موعد المتابعة${months ? ` بعد ${months} أشهر` : ''} من العودة في ${about} للحالة ${e.caseReference}.`,
        };
  }
  return e.kind === 'residence_expiry'
    ? {
        title: `Residence status expiring: ${e.caseReference}`,
        body: `The residence status in case ${e.caseReference} expires on ${about}. Renew it or record what was decided.`,
      }
    : {
        title: `Follow-up after return: ${e.caseReference}`,
        body: `The follow-up${months ? ` ${months} months` : ''} after the return on ${about} is due for case ${e.caseReference}.`,
      };
}

import type {
  AnonymousNoticeRecordedV1,
  CourtTasksV1,
  HearingV1,
  FollowUpDueV1,
  NeedType,
  ServiceReferralV1,
  ShelterPlacementV1,
  Calendar,
  DeadlineAlertV1,
  FinalDecisionRecordedV1,
  Language,
  NotificationKind,
  PreliminaryDecisionRecordedV1,
  ScreeningOpenedV1,
  UrgentRiskRaisedV1,
} from '@nrm/contracts';

export interface RenderedNotification {
  title: string;
  body: string;
}

/** How a recipient agency reads: its language and the calendar its dates are shown in. */
export interface RecipientLocale {
  language: Language;
  calendar: Calendar;
}

const LOCALE_TAGS: Record<Language, string> = { ar: 'ar', en: 'en-GB' };
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date (`YYYY-MM-DD`) as the recipient reads it, e.g. `7 December 2026` or `٢٧ جمادى الآخرة ١٤٤٨ هـ`. */
export function formatDate({ language, calendar }: RecipientLocale, isoDate: string): string {
  const tag = `${LOCALE_TAGS[language]}-u-ca-${calendar}`;
  let format = dateFormats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(tag, format);
  }
  const [year, month, day] = isoDate.split('-').map(Number);
  return format.format(Date.UTC(year, month - 1, day, 12));
}

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

import type { Calendar, Language } from '@nrm/contracts';

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

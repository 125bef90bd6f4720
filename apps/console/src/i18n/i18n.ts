import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from './ar.json';
import en from './en.json';

export const Languages = ['ar', 'en'] as const;
export type Language = (typeof Languages)[number];

/** The language choice is kept in the browser: a preference, not personal data. */
const LANGUAGE_KEY = 'nrm.console.language';

function savedLanguage(): Language {
  const saved = window.localStorage.getItem(LANGUAGE_KEY);
  return (Languages as readonly string[]).includes(saved ?? '') ? (saved as Language) : 'ar';
}

/** Sets the page's language and direction: Arabic right to left, English left to right. */
function applyToDocument(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
  document.title = i18next.t('app.title');
}

export async function startI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { ar: { translation: ar }, en: { translation: en } },
    lng: savedLanguage(),
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToDocument(i18next.language as Language);
}

export async function changeLanguage(language: Language): Promise<void> {
  window.localStorage.setItem(LANGUAGE_KEY, language);
  await i18next.changeLanguage(language);
  applyToDocument(language);
}

/** Dates and numbers as the language writes them (Arabic digits and calendar words in Arabic). */
export function formatDate(value: string | undefined | null, language: string, withTime = false): string {
  if (!value) return '';
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return new Intl.DateTimeFormat(language === 'ar' ? 'ar-KW' : 'en-GB', {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: value.length === 10 ? 'UTC' : undefined,
  }).format(date);
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'ar' ? 'ar-KW' : 'en-GB').format(value);
}

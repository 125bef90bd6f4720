import { useTranslation } from 'react-i18next';
import { Languages, changeLanguage } from '../i18n/i18n';
import type { Language } from '../i18n/i18n';

/** Arabic or English; the choice is kept for the next visit. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span>{t('app.language')}</span>
      <select value={i18n.language} onChange={(event) => void changeLanguage(event.target.value as Language)}>
        {Languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`languageName.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

import { useTranslation } from 'react-i18next';

export function ForbiddenScreen() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="forbidden-title">
      <h1 id="forbidden-title">{t('forbidden.title')}</h1>
      <p>{t('forbidden.body')}</p>
    </section>
  );
}

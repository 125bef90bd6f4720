import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { mayCall } from '../access';
import { LanguageSwitch } from './language-switch';
import { Screens } from '../screens/screens';
import { useSession } from '../session/session';

/** The frame of every screen: a skip link, the user, the language switch and the role's navigation. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const role = user?.role ?? '';
  return (
    <>
      <a className="skip-link" href="#content">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-title">{t('app.title')}</p>
        <p className="app-user">
          {t('app.signedInAs', { role: t(`vocab.role.${role}`), agency: user?.agencyId ?? '' })}
        </p>
        <LanguageSwitch />
        <button type="button" className="button-secondary" onClick={signOut}>
          {t('app.signOut')}
        </button>
      </header>
      <nav className="app-nav" aria-label={t('app.navigation')}>
        <ul>
          {Screens.filter((s) => s.navigation && mayCall(role, s.operation)).map((screen) => (
            <li key={screen.path}>
              <NavLink to={screen.path} end>
                {t(screen.navigation!)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="content" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

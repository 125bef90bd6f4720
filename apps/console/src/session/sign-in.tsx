import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemNotice } from '../layout/problem-notice';
import { asProblem } from '../api/api';
import type { ProblemError } from '@nrm/api-client';
import { LanguageSwitch } from '../layout/language-switch';
import { beginOidcSignIn } from './oidc';
import { useSession } from './session';

interface DevelopmentUser {
  userId: string;
  agencyId: string;
  role: string;
  displayName: string;
}

/** Sign-in: the identity provider in production; in development, a seeded user of the development issuer. */
export function SignInScreen() {
  const { t } = useTranslation();
  const { config } = useSession();
  return (
    <main id="content" className="sign-in">
      <header className="app-header">
        <p className="app-title">{t('app.title')}</p>
        <LanguageSwitch />
      </header>
      <h1>{t('signIn.title')}</h1>
      {config.signIn === 'development' && <DevelopmentSignIn />}
      {config.signIn === 'oidc' && (
        <button type="button" onClick={() => void beginOidcSignIn(config.authority, config.clientId)}>
          {t('signIn.withProvider')}
        </button>
      )}
      {config.signIn === 'none' && <p role="alert">{t('signIn.unavailable')}</p>}
    </main>
  );
}

function DevelopmentSignIn() {
  const { t } = useTranslation();
  const { signInWithToken } = useSession();
  const [users, setUsers] = useState<DevelopmentUser[]>([]);
  const [chosen, setChosen] = useState('');
  const [problem, setProblem] = useState<ProblemError | undefined>();
  useEffect(() => {
    fetch('/dev/sign-in/users')
      .then((answer) => answer.json() as Promise<DevelopmentUser[]>)
      .then((list) => {
        setUsers(list);
        setChosen((current) => current || (list[0]?.userId ?? ''));
      })
      .catch((error: unknown) => setProblem(asProblem(error)));
  }, []);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await fetch('/dev/sign-in/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: chosen }),
    }).catch(() => undefined);
    if (!answer?.ok) return setProblem(asProblem(undefined));
    signInWithToken(((await answer.json()) as { accessToken: string }).accessToken);
  }
  return (
    <form onSubmit={(event) => void submit(event)} className="form">
      <p>{t('signIn.developmentNotice')}</p>
      <ProblemNotice problem={problem} />
      <label htmlFor="dev-user">{t('signIn.user')}</label>
      <select id="dev-user" value={chosen} onChange={(event) => setChosen(event.target.value)}>
        {users.map((user) => (
          <option key={user.userId} value={user.userId}>
            {t(`vocab.role.${user.role}`)} · {user.agencyId}
          </option>
        ))}
      </select>
      <button type="submit" disabled={!chosen}>
        {t('signIn.submit')}
      </button>
    </form>
  );
}

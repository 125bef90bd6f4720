import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { completeOidcSignIn } from './oidc';
import { useSession } from './session';

/** Where the identity provider sends the user back: the code is exchanged, then the console opens. */
export function SignedInRedirect() {
  const { t } = useTranslation();
  const { config, signInWithToken } = useSession();
  const navigate = useNavigate();
  useEffect(() => {
    if (config.signIn !== 'oidc') return;
    void completeOidcSignIn(config.authority, config.clientId).then((token) => {
      if (token) signInWithToken(token);
      void navigate('/', { replace: true });
    });
  }, [config, navigate, signInWithToken]);
  return <p role="status">{t('signIn.completing')}</p>;
}

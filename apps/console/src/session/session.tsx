import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { ConsoleConfig } from './console-config';
import { userOfToken } from './access-token';
import type { SignedInUser } from './access-token';

interface Session {
  config: ConsoleConfig;
  user: SignedInUser | undefined;
  signInWithToken(accessToken: string): void;
  signOut(): void;
}

const SessionContext = createContext<Session | undefined>(undefined);

/**
 * The signed-in user, held in memory only: never in localStorage or sessionStorage, so a token ends
 * with the tab. Reloading the page asks the user to sign in again.
 */
export function SessionProvider({ config, children }: { config: ConsoleConfig; children: ReactNode }) {
  const [user, setUser] = useState<SignedInUser | undefined>(undefined);
  const signInWithToken = useCallback((accessToken: string) => setUser(userOfToken(accessToken)), []);
  const signOut = useCallback(() => setUser(undefined), []);
  const session = useMemo(
    () => ({ config, user, signInWithToken, signOut }),
    [config, user, signInWithToken, signOut],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

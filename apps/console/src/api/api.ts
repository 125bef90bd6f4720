import { useCallback, useEffect, useMemo, useState } from 'react';
import { ProblemError, createApiClient } from '@nrm/api-client';
import type { ApiClient } from '@nrm/api-client';
import { useSession } from '../session/session';

/** The typed client, sending the signed-in user's token (the page's own origin: the gateway). */
export function useApi(): ApiClient {
  const { user } = useSession();
  const token = user?.accessToken;
  return useMemo(() => createApiClient({ baseUrl: '', accessToken: () => token }), [token]);
}

export interface Loaded<T> {
  data: T | undefined;
  error: ProblemError | undefined;
  loading: boolean;
  reload(): void;
}

/** An answer of the API for a screen: loading, the data, or the problem; `reload` asks again. */
export function useAnswer<T>(
  load: (api: ApiClient) => Promise<T>,
  dependencies: readonly unknown[],
): Loaded<T> {
  const api = useApi();
  const endSession = useEndOfSession();
  const [state, setState] = useState<{ data?: T; error?: ProblemError; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    load(api).then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => {
        if (!current) return;
        setState({ error: asProblem(error), loading: false });
        endSession(asProblem(error));
      },
    );
    return () => {
      current = false;
    };
  }, [api, round, endSession, ...dependencies]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

/** A 401 means the token expired or was revoked: the user signs in again (the page says why first). */
export function useEndOfSession(): (problem: ProblemError) => void {
  const { signOut } = useSession();
  return useCallback(
    (problem: ProblemError) => {
      if (problem.status === 401) window.setTimeout(signOut, 1500);
    },
    [signOut],
  );
}

/** Any failure as a problem: a network failure is a 503 the user can retry. */
export function asProblem(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  return new ProblemError({ type: 'about:blank', title: 'network', status: 503 });
}

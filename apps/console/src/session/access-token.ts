/** Who a token says the user is: what the console shows and offers; the API decides. */
export interface SignedInUser {
  accessToken: string;
  userId: string;
  agencyId: string;
  role: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

/** Reads the claims of the platform's access token (`sub`, `agency`, `role`, `exp`); no signature check. */
export function userOfToken(accessToken: string): SignedInUser {
  const payload = accessToken.split('.')[1] ?? '';
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  const claims = JSON.parse(json) as { sub?: string; agency?: string; role?: string; exp?: number };
  return {
    accessToken,
    userId: claims.sub ?? '',
    agencyId: claims.agency ?? '',
    role: claims.role ?? '',
    expiresAt: (claims.exp ?? 0) * 1000,
  };
}

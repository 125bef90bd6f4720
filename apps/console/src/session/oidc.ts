import type { UserManager } from 'oidc-client-ts';

let manager: Promise<UserManager> | undefined;

/**
 * The OpenID Connect client (authorisation code with PKCE), loaded only where the deployment uses it.
 * Tokens are kept in memory; only the PKCE verifier and state cross the redirect, in sessionStorage.
 */
function userManager(authority: string, clientId: string): Promise<UserManager> {
  manager ??= import('oidc-client-ts').then(
    ({ InMemoryWebStorage, UserManager, WebStorageStateStore }) =>
      new UserManager({
        authority,
        client_id: clientId,
        redirect_uri: `${window.location.origin}/signed-in`,
        post_logout_redirect_uri: `${window.location.origin}/`,
        response_type: 'code',
        scope: 'openid',
        userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
        automaticSilentRenew: false,
      }),
  );
  return manager;
}

export async function beginOidcSignIn(authority: string, clientId: string): Promise<void> {
  await (await userManager(authority, clientId)).signinRedirect();
}

/** Completes the redirect back from the issuer: the access token, or undefined when there is none. */
export async function completeOidcSignIn(authority: string, clientId: string): Promise<string | undefined> {
  const user = await (await userManager(authority, clientId)).signinRedirectCallback();
  return user.access_token || undefined;
}

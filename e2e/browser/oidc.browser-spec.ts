import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { OidcIssuer } from './support/oidc-issuer';

interface GatewayProcess {
  url: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the launcher is CommonJS
const launcher = require(path.resolve(__dirname, '..', '..', 'tools', 'platform', 'launcher.cjs')) as {
  startService(name: string, env: Record<string, string>, o: { logDir: string }): Promise<GatewayProcess>;
  stopService(handle: GatewayProcess): Promise<void>;
};

// Production's sign-in: a gateway set up for an OpenID Connect issuer (and no development sign-in),
// beside the suite's platform and in front of the same services, and an issuer this file starts.
test.describe.serial('signing in with OpenID Connect, authorisation code with PKCE', () => {
  const port = 3950 + Number(process.env.NRM_TEST_PORT_OFFSET ?? 0);
  const consoleUrl = `http://127.0.0.1:${port}`;
  const base = JSON.parse(process.env.NRM_GATEWAY_ENV ?? '{}') as Record<string, string>;
  const issuer = new OidcIssuer({
    clientId: 'nrm-console',
    audience: base.JWT_AUDIENCE ?? 'nrm-gateway',
    user: { sub: 'kw-moi-police.oidc-officer', agency: 'kw-moi-police', role: 'first_responder' },
    redirectUri: `${consoleUrl}/signed-in`,
  });
  let gateway: GatewayProcess | undefined;

  test.beforeAll(async () => {
    await issuer.start();
    const env: Record<string, string> = {
      ...base,
      PORT: String(port),
      JWT_JWKS_URL: `${issuer.url}/jwks`,
      JWT_ISSUER: issuer.url,
      CONSOLE_OIDC_AUTHORITY: issuer.url,
      CONSOLE_OIDC_CLIENT_ID: 'nrm-console',
    };
    for (const variable of ['JWT_PUBLIC_KEY', 'DEV_SIGN_IN_KEY', 'DEV_SIGN_IN_USERS_FILE'])
      delete env[variable];
    gateway = await launcher.startService('gateway', env, {
      logDir: path.join(process.env.NRM_BROWSER_LOG_DIR ?? '.local/logs', 'oidc'),
    });
  });

  test.afterAll(async () => {
    if (gateway) await launcher.stopService(gateway);
    await issuer.stop();
  });

  /** Opens this gateway's console in English and signs in at the issuer. */
  const signInAtIssuer = async (page: Page) => {
    await page.goto(`${consoleUrl}/`);
    await page.evaluate(() => window.localStorage.setItem('nrm.console.language', 'en'));
    await page.reload();
    // No development sign-in here: only the issuer's.
    await expect(page.locator('#dev-user')).toHaveCount(0);
    await page.getByRole('button', { name: 'Sign in with your organisation' }).click();
    await expect(page.locator('nav.app-nav')).toBeVisible();
  };

  test('the user signs in at the issuer, and the console calls the API with its token alone', async ({
    page,
  }) => {
    await signInAtIssuer(page);
    // Back on the console, at the role's first screen, with the code and state gone from the address.
    expect(page.url()).toMatch(new RegExp(`^${consoleUrl}/[^?]*$`));
    // One code, exchanged once, with the verifier of its S256 challenge.
    expect(issuer.exchanges).toEqual([{ challengeMethod: 'S256', verifierMatched: true }]);

    // The gateway takes the issuer's token (its keys read from the JWKS) for the user's own inbox.
    const inbox = page.waitForResponse((r) => r.url().startsWith(`${consoleUrl}/api/v1/inbox`));
    await page.getByRole('link', { name: 'Inbox' }).click();
    expect((await inbox).status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();

    // Nothing of the sign-in stays in the browser's storage or the address.
    const stored = await page.evaluate(() =>
      JSON.stringify([{ ...window.localStorage }, { ...window.sessionStorage }]),
    );
    expect(stored).not.toMatch(/eyJ|access_token|code_verifier/);
  });

  test('a signed-in page reloaded asks for the issuer again: the token lived in memory only', async ({
    page,
  }) => {
    await signInAtIssuer(page);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Sign in with your organisation' })).toBeVisible();
  });
});

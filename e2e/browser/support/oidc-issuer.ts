import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import type { JWK, KeyLike } from 'jose';

/** The person the issuer signs in: an agency's user in one role, as the platform's tokens carry them. */
export interface IssuerUser {
  sub: string;
  agency: string;
  role: string;
}

/** What the issuer saw of one code exchange. */
export interface CodeExchange {
  challengeMethod: string;
  verifierMatched: boolean;
}

interface PendingCode {
  challenge: string;
  challengeMethod: string;
  redirectUri: string;
  nonce?: string;
}

/**
 * A small OpenID Connect issuer for the browser suite: discovery, an authorisation endpoint that signs
 * its one user in at once, a token endpoint that insists on PKCE (S256), and its keys (ES256) as a
 * JWKS. The access token carries the platform's claims (sub, agency, role) for the gateway's audience.
 */
export class OidcIssuer {
  readonly exchanges: CodeExchange[] = [];
  private server?: Server;
  private keys?: { privateKey: KeyLike; jwk: JWK };
  private readonly codes = new Map<string, PendingCode>();

  constructor(
    private readonly settings: { clientId: string; audience: string; user: IssuerUser; redirectUri: string },
  ) {}

  get url(): string {
    if (!this.server) throw new Error('the issuer is not started');
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async start(): Promise<void> {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    this.keys = {
      privateKey,
      jwk: { ...(await exportJWK(publicKey)), kid: 'issuer-1', alg: 'ES256', use: 'sig' },
    };
    this.server = createServer((request, response) => {
      this.handle(request, response).catch(() => answer(response, 500, { error: 'server_error' }));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    if (request.method === 'OPTIONS') {
      response
        .writeHead(204, {
          'access-control-allow-origin': '*',
          'access-control-allow-headers': '*',
          'access-control-allow-methods': 'GET, POST',
        })
        .end();
      return;
    }
    if (url.pathname === '/.well-known/openid-configuration') {
      return answer(response, 200, {
        issuer: this.url,
        authorization_endpoint: `${this.url}/authorize`,
        token_endpoint: `${this.url}/token`,
        jwks_uri: `${this.url}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['ES256'],
        code_challenge_methods_supported: ['S256'],
      });
    }
    if (url.pathname === '/jwks') return answer(response, 200, { keys: [this.keys?.jwk] });
    if (url.pathname === '/authorize') return this.authorize(url, response);
    if (url.pathname === '/token' && request.method === 'POST') {
      return this.token(new URLSearchParams(await body(request)), response);
    }
    return answer(response, 404, { error: 'not_found' });
  }

  /** Signs the user in at once and sends the browser back with a one-time code. */
  private authorize(url: URL, response: ServerResponse): void {
    const query = url.searchParams;
    const redirectUri = query.get('redirect_uri') ?? '';
    const challenge = query.get('code_challenge');
    if (query.get('client_id') !== this.settings.clientId || redirectUri !== this.settings.redirectUri) {
      return answer(response, 400, { error: 'invalid_request' });
    }
    if (query.get('response_type') !== 'code' || !challenge) {
      return answer(response, 400, { error: 'invalid_request', error_description: 'code with PKCE only' });
    }
    const code = randomBytes(16).toString('hex');
    this.codes.set(code, {
      challenge,
      challengeMethod: query.get('code_challenge_method') ?? 'plain',
      redirectUri,
      ...(query.get('nonce') ? { nonce: query.get('nonce') as string } : {}),
    });
    const back = new URL(redirectUri);
    back.searchParams.set('code', code);
    back.searchParams.set('state', query.get('state') ?? '');
    response.writeHead(302, { location: back.toString() }).end();
  }

  /** Exchanges a code for tokens once, and only with the verifier its challenge was made from. */
  private async token(form: URLSearchParams, response: ServerResponse): Promise<void> {
    const pending = this.codes.get(form.get('code') ?? '');
    this.codes.delete(form.get('code') ?? '');
    const verifier = form.get('code_verifier') ?? '';
    const verifierMatched =
      pending?.challengeMethod === 'S256' &&
      createHash('sha256').update(verifier).digest('base64url') === pending.challenge;
    if (pending) this.exchanges.push({ challengeMethod: pending.challengeMethod, verifierMatched });
    if (
      !pending ||
      !verifierMatched ||
      form.get('grant_type') !== 'authorization_code' ||
      form.get('redirect_uri') !== pending.redirectUri ||
      form.get('client_id') !== this.settings.clientId
    ) {
      return answer(response, 400, { error: 'invalid_grant' });
    }
    const { user, audience, clientId } = this.settings;
    const sign = (claims: Record<string, unknown>, aud: string) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid: 'issuer-1', typ: 'JWT' })
        .setSubject(user.sub)
        .setIssuer(this.url)
        .setAudience(aud)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(this.keys?.privateKey as KeyLike);
    return answer(response, 200, {
      access_token: await sign({ agency: user.agency, role: user.role }, audience),
      id_token: await sign(pending.nonce ? { nonce: pending.nonce } : {}, clientId),
      token_type: 'Bearer',
      expires_in: 300,
    });
  }
}

function answer(response: ServerResponse, status: number, body: unknown): void {
  // The console reads discovery, keys and tokens from its own origin: the issuer allows any.
  response
    .writeHead(status, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
      'access-control-allow-origin': '*',
    })
    .end(JSON.stringify(body));
}

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

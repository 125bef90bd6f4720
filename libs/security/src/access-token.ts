import { SignJWT, createRemoteJWKSet, importPKCS8, importSPKI, jwtVerify, errors as joseErrors } from 'jose';
import type { JWTPayload, JWTVerifyOptions } from 'jose';
import { Roles } from '@nrm/contracts';
import type { AccessPurpose, Role } from '@nrm/contracts';

export const ACCESS_TOKEN_ALGORITHM = 'ES256';

/**
 * Algorithms a deployment may allow: asymmetric only (RFC 8725 3.1), so `none` and HMAC with a
 * public key (algorithm confusion) can never verify.
 */
export const AllowedAlgorithms = [
  'ES256',
  'ES384',
  'ES512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'EdDSA',
] as const;
export type AllowedAlgorithm = (typeof AllowedAlgorithms)[number];

/** Who is calling: a user of an agency acting in one role. */
export interface Actor {
  userId: string;
  agencyId: string;
  role: Role;
  /** Why they act, for the audit log (the gateway sets it on every request it relays). */
  purpose?: AccessPurpose;
}

export interface AccessTokenSettings {
  issuer: string;
  audience: string;
  /** Allowed clock skew in seconds. */
  clockToleranceSeconds: number;
}

export class AccessTokenError extends Error {
  override readonly name = 'AccessTokenError';
}

/** The identity provider's key set could not be fetched: not the caller's fault. */
export class KeySetUnavailableError extends Error {
  override readonly name = 'KeySetUnavailableError';
}

type Verify = (token: string, options: JWTVerifyOptions) => Promise<{ payload: JWTPayload }>;

/** How many verified tokens are remembered, and for how long at most. */
const VERIFIED_TOKENS = 5_000;
const VERIFIED_FOR_MS = 60_000;

export interface JwksOptions {
  /** Allowed algorithms; asymmetric only. */
  algorithms: AllowedAlgorithm[];
  /** Shortest wait before the key set is fetched again for an unknown key id (rotation). */
  cooldownMs?: number;
  /** How long a fetched key set is trusted before it is fetched again. */
  cacheMaxAgeMs?: number;
  timeoutMs?: number;
}

/**
 * Verifies bearer tokens per RFC 8725: algorithms pinned (asymmetric only), issuer, audience,
 * expiry and not-before checked with a bounded clock skew. Keys come from a configured public key
 * or an OpenID Connect provider's JWKS URL; a new key id is fetched when it first appears, so keys
 * rotate without a restart.
 */
export class AccessTokenVerifier {
  /**
   * Tokens already verified, by their text, until they expire (at most a minute): a client sends the
   * same token with every request, and an ECDSA check costs far more than the request's own work.
   */
  private readonly verified = new Map<string, { actor: Actor; until: number }>();

  private constructor(
    private readonly verifyWith: Verify,
    private readonly algorithms: AllowedAlgorithm[],
    private readonly settings: AccessTokenSettings,
  ) {}

  static async fromPublicKeyPem(
    pem: string,
    settings: AccessTokenSettings,
    algorithm: AllowedAlgorithm = ACCESS_TOKEN_ALGORITHM,
  ): Promise<AccessTokenVerifier> {
    const key = await importSPKI(pem, algorithm);
    return new AccessTokenVerifier((token, options) => jwtVerify(token, key, options), [algorithm], settings);
  }

  static fromJwksUrl(url: string, settings: AccessTokenSettings, options: JwksOptions): AccessTokenVerifier {
    const algorithms = options.algorithms.filter((a) => (AllowedAlgorithms as readonly string[]).includes(a));
    if (algorithms.length === 0) throw new RangeError('no allowed algorithm: asymmetric algorithms only');
    const keys = createRemoteJWKSet(new URL(url), {
      cooldownDuration: options.cooldownMs ?? 30_000,
      cacheMaxAge: options.cacheMaxAgeMs ?? 600_000,
      timeoutDuration: options.timeoutMs ?? 5_000,
    });
    const verify: Verify = async (token, opts) => {
      try {
        return await jwtVerify(token, keys, opts);
      } catch (error) {
        // A key set that cannot be fetched (refused, timed out, not a key set) is the provider's
        // trouble, not the token's.
        if (
          error instanceof joseErrors.JWKSTimeout ||
          error instanceof joseErrors.JWKSInvalid ||
          !(error instanceof joseErrors.JOSEError)
        ) {
          throw new KeySetUnavailableError('the identity provider key set is unavailable');
        }
        throw error;
      }
    };
    return new AccessTokenVerifier(verify, algorithms, settings);
  }

  async verify(token: string): Promise<Actor> {
    const now = Date.now();
    const known = this.verified.get(token);
    if (known && now < known.until) return known.actor;
    if (known) this.verified.delete(token);
    const { actor, expiresAt } = await this.check(token);
    if (this.verified.size >= VERIFIED_TOKENS)
      this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, { actor, until: Math.min(expiresAt, now + VERIFIED_FOR_MS) });
    return actor;
  }

  private async check(token: string): Promise<{ actor: Actor; expiresAt: number }> {
    try {
      const { payload } = await this.verifyWith(token, {
        algorithms: this.algorithms,
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        clockTolerance: this.settings.clockToleranceSeconds,
        requiredClaims: ['exp', 'sub'],
      });
      const agencyId = payload['agency'];
      const role = payload['role'];
      if (typeof payload.sub !== 'string' || typeof agencyId !== 'string' || typeof role !== 'string') {
        throw new AccessTokenError('token lacks sub, agency or role');
      }
      if (!(Roles as readonly string[]).includes(role))
        throw new AccessTokenError('token carries an unknown role');
      return {
        actor: { userId: payload.sub, agencyId, role: role as Role },
        // `exp` is required above; the verifier accepted it with the clock tolerance.
        expiresAt: ((payload.exp as number) + this.settings.clockToleranceSeconds) * 1000,
      };
    } catch (error) {
      if (error instanceof AccessTokenError || error instanceof KeySetUnavailableError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw new AccessTokenError('token has expired');
      if (error instanceof joseErrors.JWKSNoMatchingKey)
        throw new AccessTokenError('token is signed by an unknown key');
      if (error instanceof joseErrors.JOSEError) throw new AccessTokenError('token is not valid');
      throw error;
    }
  }
}

/** Mints tokens; used by the development token command and by tests, never by a service. */
export async function mintAccessToken(
  privateKeyPem: string,
  actor: Actor,
  settings: Pick<AccessTokenSettings, 'issuer' | 'audience'>,
  expiresIn = '8h',
): Promise<string> {
  const key = await importPKCS8(privateKeyPem, ACCESS_TOKEN_ALGORITHM);
  return new SignJWT({ agency: actor.agencyId, role: actor.role })
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, typ: 'JWT' })
    .setSubject(actor.userId)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key);
}

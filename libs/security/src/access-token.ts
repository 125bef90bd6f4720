import { SignJWT, importPKCS8, importSPKI, jwtVerify, errors as joseErrors } from 'jose';
import type { KeyLike } from 'jose';
import { Roles } from '@nrm/contracts';
import type { Role } from '@nrm/contracts';

export const ACCESS_TOKEN_ALGORITHM = 'ES256';

/** Who is calling: a user of an agency acting in one role. */
export interface Actor {
  userId: string;
  agencyId: string;
  role: Role;
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

type VerifyKey = KeyLike;

/** Verifies bearer tokens: algorithm pinned, issuer, audience, expiry and not-before checked. */
export class AccessTokenVerifier {
  private constructor(
    private readonly key: VerifyKey,
    private readonly settings: AccessTokenSettings,
  ) {}

  static async fromPublicKeyPem(pem: string, settings: AccessTokenSettings): Promise<AccessTokenVerifier> {
    return new AccessTokenVerifier(await importSPKI(pem, ACCESS_TOKEN_ALGORITHM), settings);
  }

  async verify(token: string): Promise<Actor> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ACCESS_TOKEN_ALGORITHM],
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
      return { userId: payload.sub, agencyId, role: role as Role };
    } catch (error) {
      if (error instanceof AccessTokenError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw new AccessTokenError('token has expired');
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

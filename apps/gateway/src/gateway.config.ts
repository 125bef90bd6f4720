import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';
import { AllowedAlgorithms } from '@nrm/security';
import { ServiceConfig } from '@nrm/service-kit';
import { UpstreamServiceNames, serviceRegistration } from '@nrm/contracts';
import type { UpstreamServiceName } from '@nrm/contracts';

const SERVICE_URL = /^https?:\/\/[^\s/]+(:\d+)?$/;
const urlMessage = { message: 'must be a base URL such as http://127.0.0.1:3001' };

export class GatewayConfig extends ServiceConfig {
  override PORT = serviceRegistration('gateway').port;

  /** The base URL of a service the gateway calls, from its variable in the registry (INTAKE_URL...). */
  upstreamUrl(service: UpstreamServiceName): string {
    return String(Reflect.get(this, upstreamUrlVariable(service)));
  }

  /** PEM (SPKI) public key that verifies access tokens; `\n` may stand for newlines. Needed without JWT_JWKS_URL. */
  @ValidateIf((c: GatewayConfig) => !c.JWT_JWKS_URL)
  @IsString({ message: 'set JWT_PUBLIC_KEY or JWT_JWKS_URL' })
  @MinLength(100, { message: 'must be a PEM public key' })
  JWT_PUBLIC_KEY?: string;

  /** An OpenID Connect provider's JWKS URL; keys rotate without a restart. Takes the place of JWT_PUBLIC_KEY. */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http(s) URL' })
  JWT_JWKS_URL?: string;

  /** Allowed signing algorithms, comma-separated; asymmetric only (ES256, RS256, PS256, EdDSA, ...). */
  @Matches(new RegExp(`^(${AllowedAlgorithms.join('|')})(,(${AllowedAlgorithms.join('|')}))*$`), {
    message: `must be a comma-separated list of: ${AllowedAlgorithms.join(', ')}`,
  })
  JWT_ALGORITHMS = 'ES256';

  @IsString()
  @MinLength(1)
  JWT_ISSUER = 'nrm-dev';

  @IsString()
  @MinLength(1)
  JWT_AUDIENCE = 'nrm-gateway';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(300)
  JWT_CLOCK_TOLERANCE_S = 30;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  UPSTREAM_TIMEOUT_MS = 5000;

  /** Redis that holds the request counts shared by gateway instances, e.g. redis://127.0.0.1:6379. */
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_USER_PER_MINUTE = 600;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  RATE_LIMIT_AGENCY_PER_MINUTE = 6000;

  /**
   * Refused requests (401, 403) in a minute, from one user or one client address, that raise a
   * security alert (a `security alert` log line and nrm_security_alerts_total), once per minute.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  SECURITY_ALERT_DENIALS_PER_MINUTE = 20;

  /** The built console (`dist/console`), served at `/`; without it the gateway serves the API only. */
  @IsOptional()
  @IsString()
  CONSOLE_DIR?: string;

  /** The OpenID Connect issuer the console signs users in with (authorisation code with PKCE). */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http(s) URL' })
  CONSOLE_OIDC_AUTHORITY?: string;

  /** The console's client id at that issuer. */
  @ValidateIf((c: GatewayConfig) => Boolean(c.CONSOLE_OIDC_AUTHORITY))
  @IsString({ message: 'set CONSOLE_OIDC_CLIENT_ID with CONSOLE_OIDC_AUTHORITY' })
  @MinLength(1)
  CONSOLE_OIDC_CLIENT_ID?: string;

  /**
   * Development only: the PEM private key of the development issuer. With it the gateway issues a token
   * for any user of DEV_SIGN_IN_USERS_FILE (the console's development sign-in page). Never set in production.
   */
  @IsOptional()
  @IsString()
  @MinLength(100, { message: 'must be a PEM private key' })
  DEV_SIGN_IN_KEY?: string;

  /** The seeded users the development sign-in offers (seeds/users.json). */
  @ValidateIf((c: GatewayConfig) => Boolean(c.DEV_SIGN_IN_KEY))
  @IsString({ message: 'set DEV_SIGN_IN_USERS_FILE with DEV_SIGN_IN_KEY' })
  DEV_SIGN_IN_USERS_FILE?: string;
}

function upstreamUrlVariable(service: UpstreamServiceName): string {
  const variable = serviceRegistration(service).upstreamUrlVariable;
  if (!variable) throw new Error(`the gateway calls no ${service} service`);
  return variable;
}

// Each service the gateway calls needs its base URL (one variable each, from the service registry).
for (const service of UpstreamServiceNames) {
  Matches(SERVICE_URL, urlMessage)(GatewayConfig.prototype, upstreamUrlVariable(service));
}

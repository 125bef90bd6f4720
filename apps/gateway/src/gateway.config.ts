import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';
import { AllowedAlgorithms } from '@nrm/security';
import { ServiceConfig } from '@nrm/service-kit';

const SERVICE_URL = /^https?:\/\/[^\s/]+(:\d+)?$/;
const urlMessage = { message: 'must be a base URL such as http://127.0.0.1:3001' };

export class GatewayConfig extends ServiceConfig {
  override PORT = 3000;

  @Matches(SERVICE_URL, urlMessage)
  INTAKE_URL!: string;

  @Matches(SERVICE_URL, urlMessage)
  IDENTIFICATION_URL!: string;

  @Matches(SERVICE_URL, urlMessage)
  PROTECTION_URL!: string;

  @Matches(SERVICE_URL, urlMessage)
  PROSECUTION_TRACKING_URL!: string;

  @Matches(SERVICE_URL, urlMessage)
  NOTIFICATIONS_URL!: string;

  @Matches(SERVICE_URL, urlMessage)
  ANALYTICS_URL!: string;

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
}

import { Type } from 'class-transformer';
import { IsInt, IsString, Matches, Max, Min, MinLength } from 'class-validator';
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

  /** PEM (SPKI) public key that verifies ES256 access tokens; `\n` may stand for newlines. */
  @IsString()
  @MinLength(100, { message: 'must be a PEM public key' })
  JWT_PUBLIC_KEY!: string;

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
}

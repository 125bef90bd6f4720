import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { DomainServiceConfig } from '@nrm/service-kit';

export class IdentificationConfig extends DomainServiceConfig {
  /** How often the deadline clock looks for alerts owed. */
  @Type(() => Number)
  @IsInt()
  @Min(50)
  @Max(3_600_000)
  DEADLINE_CHECK_INTERVAL_MS = 60_000;

  /** Master keys that wrap the per-case data keys: `keyId:base64(32 bytes)[,older...]`; the first wraps. */
  @Matches(/^[a-z0-9-]{1,32}:[A-Za-z0-9+/=]{43,44}(,[a-z0-9-]{1,32}:[A-Za-z0-9+/=]{43,44})*$/, {
    message: 'must be keyId:base64 of 32 random bytes, comma-separated for older keys',
  })
  IDENTIFICATION_FIELD_KEYS!: string;
}

import { Type } from 'class-transformer';
import { IsInt, IsTimeZone, Matches, Max, Min } from 'class-validator';
import { DomainServiceConfig } from '@nrm/service-kit';

export class ProsecutionConfig extends DomainServiceConfig {
  /** Master keys that wrap the per-case data keys: `keyId:base64(32 bytes)[,older...]`; the first wraps. */
  @Matches(/^[a-z0-9-]{1,32}:[A-Za-z0-9+/=]{43,44}(,[a-z0-9-]{1,32}:[A-Za-z0-9+/=]{43,44})*$/, {
    message: 'must be keyId:base64 of 32 random bytes, comma-separated for older keys',
  })
  PROSECUTION_FIELD_KEYS!: string;

  @IsTimeZone({ message: 'must be an IANA time zone such as Asia/Kuwait' })
  JURISDICTION_TIME_ZONE = 'Asia/Kuwait';

  /** Calendar days before a hearing that the agencies involved are reminded of it. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60)
  HEARING_REMINDER_DAYS = 3;

  @Type(() => Number)
  @IsInt()
  @Min(50)
  @Max(3_600_000)
  HEARING_CHECK_INTERVAL_MS = 60_000;
}

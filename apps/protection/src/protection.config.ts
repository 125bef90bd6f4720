import { Type } from 'class-transformer';
import { IsInt, IsTimeZone, Matches, Max, Min } from 'class-validator';
import { DomainServiceConfig } from '@nrm/service-kit';

export class ProtectionConfig extends DomainServiceConfig {
  /** Master keys that wrap the per-case data keys: `keyId:base64(32 bytes)[,older...]`; the first wraps. */
  @Matches(/^[a-z0-9-]{1,32}:[A-Za-z0-9+/=]{43,44}(,[a-z0-9-]{1,32}:[A-Za-z0-9+/=]{43,44})*$/, {
    message: 'must be keyId:base64 of 32 random bytes, comma-separated for older keys',
  })
  PROTECTION_FIELD_KEYS!: string;

  /**
   * The agency that leads a protection case until a supervisor hands the lead to another protection
   * agency (Kuwait: the government shelter).
   */
  @Matches(/^[a-z0-9-]{2,64}$/, { message: 'must be an agency id of the directory' })
  PROTECTION_LEAD_AGENCY_ID = 'kw-shelter-gov';

  /** IANA time zone of the jurisdiction, for "today" in due dates. */
  @IsTimeZone({ message: 'must be an IANA time zone such as Asia/Kuwait' })
  JURISDICTION_TIME_ZONE = 'Asia/Kuwait';

  /** How often the follow-up clock looks for reminders owed. */
  @Type(() => Number)
  @IsInt()
  @Min(50)
  @Max(3_600_000)
  FOLLOW_UP_CHECK_INTERVAL_MS = 60_000;

  /** Days before a residence permit expires that its reminder is raised. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  RESIDENCE_REMINDER_DAYS = 30;
}

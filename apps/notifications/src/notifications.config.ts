import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsTimeZone, Matches, Max, MaxLength, Min } from 'class-validator';
import { DomainServiceConfig } from '@nrm/service-kit';

export class NotificationsConfig extends DomainServiceConfig {
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60_000)
  WEBHOOK_TIMEOUT_MS = 5000;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(30)
  WEBHOOK_MAX_ATTEMPTS = 8;

  /** First retry delay; each later retry doubles it, with jitter. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  WEBHOOK_RETRY_BASE_MS = 1000;

  /** The delivery poller's fallback: a queued delivery, a free endpoint or a due retry wakes it at once. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  WEBHOOK_POLL_INTERVAL_MS = 5000;

  /** SMTP server for e-mail notifications, e.g. smtp://relay.example:587; e-mail is off without it. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  @MaxLength(200)
  SMTP_FROM = 'National Referral Mechanism <no-reply@nrm.invalid>';

  /** The jurisdiction's time zone (IANA), for the local day a digest covers. */
  @IsTimeZone({ message: 'must be an IANA time zone such as Asia/Kuwait' })
  JURISDICTION_TIME_ZONE = 'Asia/Kuwait';

  /** Local time of day (HH:MM) from which each agency's daily digest is composed. */
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a local time of day as HH:MM' })
  DIGEST_LOCAL_TIME = '07:00';

  @Type(() => Number)
  @IsInt()
  @Min(100)
  DIGEST_CHECK_INTERVAL_MS = 60_000;
}

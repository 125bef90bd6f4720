import { Type } from 'class-transformer';
import { IsInt, IsTimeZone, Matches, Max, Min } from 'class-validator';
import { DomainServiceConfig } from '@nrm/service-kit';

const EC_KEYRING = /^[a-z0-9-]{1,32}:[A-Za-z0-9+/=]{100,400}(,[a-z0-9-]{1,32}:[A-Za-z0-9+/=]{100,400})*$/;

export class ExchangeConfig extends DomainServiceConfig {
  /** Master keys that wrap the per-case data keys sealing the messages kept here. */
  @Matches(/^[a-z0-9-]{1,32}:[A-Za-z0-9+/=]{43,44}(,[a-z0-9-]{1,32}:[A-Za-z0-9+/=]{43,44})*$/, {
    message: 'must be keyId:base64 of 32 random bytes, comma-separated for older keys',
  })
  EXCHANGE_FIELD_KEYS!: string;

  /** Signing keys (P-256, PKCS#8 DER, base64) as `label:key[,older...]`; the first signs. */
  @Matches(EC_KEYRING, {
    message: 'must be label:base64 of a P-256 private key, comma-separated for older keys',
  })
  EXCHANGE_SIGNING_KEYS!: string;

  /** Encryption keys as the signing keys; partners encrypt to the first, every one still decrypts. */
  @Matches(EC_KEYRING, {
    message: 'must be label:base64 of a P-256 private key, comma-separated for older keys',
  })
  EXCHANGE_ENCRYPTION_KEYS!: string;

  /** This deployment's state (ISO 3166-1 alpha-2, lower case): `from` in what it sends. */
  @Matches(/^[a-z]{2}$/, { message: 'must be a two-letter country code in lower case, e.g. kw' })
  EXCHANGE_COUNTRY = 'kw';

  /** The listener partners reach (messages, key set), apart from the internal API. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  EXCHANGE_PARTNER_PORT = 3107;

  /** Intake's internal API: referrals' details and consent for outgoing messages, incoming referrals. */
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http(s) URL' })
  INTAKE_URL = 'http://127.0.0.1:3001';

  /** Analytics' internal API: the suppressed national statistics this deployment publishes to partners. */
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http(s) URL' })
  ANALYTICS_URL = 'http://127.0.0.1:3006';

  /** How old a message's signature may be when it arrives; older is refused as a possible replay. */
  @Type(() => Number)
  @IsInt()
  @Min(5)
  @Max(86_400)
  EXCHANGE_TIME_WINDOW_SECONDS = 300;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  EXCHANGE_RETRY_BASE_MS = 1000;

  /** The longest wait between two attempts at one message. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  EXCHANGE_RETRY_MAX_MS = 300_000;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  EXCHANGE_POLL_INTERVAL_MS = 2000;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60_000)
  EXCHANGE_SEND_TIMEOUT_MS = 10_000;

  /** The least time between two fetches of a partner's key set when a message names a key not in it. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  EXCHANGE_KEY_SET_COOLDOWN_MS = 30_000;

  @IsTimeZone({ message: 'must be an IANA time zone such as Asia/Kuwait' })
  JURISDICTION_TIME_ZONE = 'Asia/Kuwait';
}

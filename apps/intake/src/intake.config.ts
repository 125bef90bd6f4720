import { Matches, IsTimeZone } from 'class-validator';
import { DomainServiceConfig } from '@nrm/service-kit';

export class IntakeConfig extends DomainServiceConfig {
  /** Master keys that wrap the per-case data keys: `keyId:base64(32 bytes)[,older...]`; the first wraps. */
  @Matches(/^[a-z0-9-]{1,32}:[A-Za-z0-9+/=]{43,44}(,[a-z0-9-]{1,32}:[A-Za-z0-9+/=]{43,44})*$/, {
    message: 'must be keyId:base64 of 32 random bytes, comma-separated for older keys',
  })
  INTAKE_FIELD_KEYS!: string;

  /** Key (base64, 32 bytes) of the keyed hashes behind pseudonymous links and duplicate detection. */
  @Matches(/^[A-Za-z0-9+/=]{43,44}$/, { message: 'must be base64 of 32 random bytes' })
  INTAKE_PSEUDONYM_KEY!: string;

  /** ISO country code of the jurisdiction; prefixes case references. */
  @Matches(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code' })
  JURISDICTION = 'KW';

  /** IANA time zone of the jurisdiction, for "today" in date rules. */
  @IsTimeZone({ message: 'must be an IANA time zone such as Asia/Kuwait' })
  JURISDICTION_TIME_ZONE = 'Asia/Kuwait';
}

import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { DomainServiceConfig } from '@nrm/service-kit';

export class AnalyticsConfig extends DomainServiceConfig {
  /**
   * One pseudonym key per analytics audience: `audience:base64(32 bytes)` for each of
   * national-statistics, partners and research, comma-separated. Changing a key changes every
   * pseudonym of that audience; keep it as long as the audience's data is kept.
   */
  @Matches(/^[a-z-]{1,40}:[A-Za-z0-9+/=]{43,44}(,[a-z-]{1,40}:[A-Za-z0-9+/=]{43,44})*$/, {
    message: 'must be audience:base64 of 32 random bytes for each analytics audience, comma-separated',
  })
  ANALYTICS_PSEUDONYM_KEYS!: string;

  /** Smallest count a statistic shows; smaller cells are suppressed (CTDC publishes at 11). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  STATISTICS_MIN_CELL = 11;
}

import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { DomainServiceConfig } from '@nrm/service-kit';

export class IdentificationConfig extends DomainServiceConfig {
  /** How often the deadline clock looks for alerts owed. */
  @Type(() => Number)
  @IsInt()
  @Min(50)
  @Max(3_600_000)
  DEADLINE_CHECK_INTERVAL_MS = 60_000;
}

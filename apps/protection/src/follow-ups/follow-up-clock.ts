import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from '@nrm/observability';
import { LOGGER, PeriodicTask, SERVICE_CONFIG } from '@nrm/service-kit';
import type { ProtectionConfig } from '../protection.config';
import { RaiseDueFollowUps } from './commands/raise-due-follow-ups';

/**
 * Raises follow-ups when they fall due: residence permits nearing expiry and the follow-ups after a
 * return. They are rows, not timers: a pass reads what is due on the jurisdiction's calendar, so one
 * due while the service was down is raised when it is back, and the row's mark, set in the
 * transaction that records the event, raises each once.
 */
@Injectable()
export class FollowUpClock extends PeriodicTask {
  protected readonly taskName = 'follow-up clock';

  constructor(
    private readonly raiseDue: RaiseDueFollowUps,
    @Inject(SERVICE_CONFIG) private readonly config: ProtectionConfig,
    @Inject(LOGGER) protected readonly logger: Logger,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.FOLLOW_UP_CHECK_INTERVAL_MS;
  }

  protected pass(): Promise<number> {
    return this.raiseDue.execute(new Date());
  }
}

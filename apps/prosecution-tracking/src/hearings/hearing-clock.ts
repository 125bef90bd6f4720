import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from '@nrm/observability';
import { LOGGER, PeriodicTask, SERVICE_CONFIG } from '@nrm/service-kit';
import type { ProsecutionConfig } from '../prosecution.config';
import { RemindOfHearings } from './commands/remind-of-hearings';

/**
 * Runs the hearing reminders every `HEARING_CHECK_INTERVAL_MS`. Durable: the mark is a column written
 * with the event, so a reminder owed while the service was down is raised when it is back.
 */
@Injectable()
export class HearingClock extends PeriodicTask {
  protected readonly taskName = 'hearing clock';

  constructor(
    private readonly remindOfHearings: RemindOfHearings,
    @Inject(SERVICE_CONFIG) private readonly config: ProsecutionConfig,
    @Inject(LOGGER) protected readonly logger: Logger,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.HEARING_CHECK_INTERVAL_MS;
  }

  protected pass(): Promise<number> {
    return this.remindOfHearings.execute(new Date());
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from '@nrm/observability';
import { LOGGER, PeriodicTask, SERVICE_CONFIG } from '@nrm/service-kit';
import type { NotificationsConfig } from '../notifications.config';
import { ComposeDailyDigests } from './commands/compose-daily-digests';

/** Looks every check interval for the daily digests owed, and composes them. */
@Injectable()
export class DigestScheduler extends PeriodicTask {
  protected readonly taskName = 'daily digest';

  constructor(
    private readonly composeDailyDigests: ComposeDailyDigests,
    @Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig,
    @Inject(LOGGER) protected readonly logger: Logger,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.DIGEST_CHECK_INTERVAL_MS;
  }

  protected pass(): Promise<number> {
    return this.composeDailyDigests.execute(new Date());
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from '@nrm/observability';
import type { Actor } from '@nrm/security';
import { LOGGER, SERVICE_CONFIG } from '@nrm/service-kit';
import type { GatewayConfig } from '../gateway.config';
import { createRateLimiter } from './rate-limiter';
import type { RateLimiter, RateVerdict } from './rate-limiter';

const WINDOW_MS = 60_000;

/**
 * Requests per minute for each user and each agency. With REDIS_URL the counts are shared by every
 * gateway instance; without it each instance counts alone (one instance, or a laptop).
 */
@Injectable()
export class RequestQuota implements OnApplicationShutdown {
  private readonly limiter: RateLimiter;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: GatewayConfig,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.limiter = createRateLimiter(config.REDIS_URL, WINDOW_MS, logger);
    if (!config.REDIS_URL)
      logger.warn('REDIS_URL is not set: rate limits are counted by this instance alone');
  }

  take(actor: Actor): Promise<RateVerdict> {
    return this.limiter.hit([
      { key: `user:${actor.userId}`, limit: this.config.RATE_LIMIT_USER_PER_MINUTE },
      { key: `agency:${actor.agencyId}`, limit: this.config.RATE_LIMIT_AGENCY_PER_MINUTE },
    ]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.limiter.close();
  }
}

import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { PlatformMetrics } from '@nrm/observability';
import type { Logger } from '@nrm/observability';
import { describeError } from '@nrm/observability';
import type { Actor } from '@nrm/security';
import { LOGGER, SERVICE_CONFIG } from '@nrm/service-kit';
import type { GatewayConfig } from '../gateway.config';
import { ServiceClient } from '../upstream/service-client';
import { createRateLimiter } from './rate-limiter';
import type { RateLimiter } from './rate-limiter';

const WINDOW_MS = 60_000;

export type SecurityAlertKind = 'failed_login_burst' | 'denied_burst';

/**
 * Counts refused requests per user (403) and per client address (401, where there is no user) in
 * one-minute windows, shared through Redis like the request quotas. The request that crosses
 * SECURITY_ALERT_DENIALS_PER_MINUTE raises one alert for that window: a `security alert` log line,
 * which names the user and agency or a hash of the address, the nrm_security_alerts_total metric
 * that the Prometheus rules page on, and for a user's burst a notification to the user's agency.
 */
@Injectable()
export class SecurityAlerts implements OnApplicationShutdown {
  private readonly limiter: RateLimiter;
  private readonly raised = new Set<string>();

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: GatewayConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly metrics: PlatformMetrics,
    private readonly services: ServiceClient,
  ) {
    this.limiter = createRateLimiter(config.REDIS_URL, WINDOW_MS, logger, 'nrm:refused');
  }

  /** Notes one refused request; `actor` is absent when the token itself was refused. */
  async refused(
    status: number,
    actor: Actor | undefined,
    clientAddress: string,
    now = Date.now(),
  ): Promise<void> {
    const kind: SecurityAlertKind = status === 401 || !actor ? 'failed_login_burst' : 'denied_burst';
    const subject = actor
      ? `user:${actor.userId}`
      : `client:${createHash('sha256').update(clientAddress).digest('hex').slice(0, 16)}`;
    const verdict = await this.limiter.hit(
      [{ key: subject, limit: this.config.SECURITY_ALERT_DENIALS_PER_MINUTE }],
      now,
    );
    if (verdict.allowed) return;
    const window = `${subject}:${Math.floor(now / WINDOW_MS)}`;
    if (this.raised.has(window)) return;
    if (this.raised.size > 10_000) this.raised.clear();
    this.raised.add(window);
    this.metrics.securityAlerts.inc({ kind });
    this.logger.warn(
      {
        securityAlert: {
          kind,
          subject,
          agencyId: actor?.agencyId,
          role: actor?.role,
          refusedInMinute: this.config.SECURITY_ALERT_DENIALS_PER_MINUTE + 1,
        },
      },
      'security alert',
    );
    // The user's agency hears of it at once, through its notifications. A refused token names no
    // agency: that burst goes to the operators only (log, metric, alert rule).
    if (actor) await this.tellAgency(actor, now);
  }

  private async tellAgency(actor: Actor, now: number): Promise<void> {
    const windowStartedAt = new Date(Math.floor(now / WINDOW_MS) * WINDOW_MS).toISOString();
    try {
      await this.services.call(
        'notifications',
        'POST',
        '/internal/security-alerts',
        // The gateway reports as a system actor of the user's agency.
        { userId: 'nrm-gateway', agencyId: actor.agencyId, role: 'administrator' },
        {
          body: {
            kind: 'denied_burst',
            userId: actor.userId,
            role: actor.role,
            refusedInMinute: this.config.SECURITY_ALERT_DENIALS_PER_MINUTE + 1,
            windowStartedAt,
          },
        },
      );
    } catch (error) {
      this.logger.error(describeError(error), 'security alert: the agency could not be told');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.limiter.close();
  }
}

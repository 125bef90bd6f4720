import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SecurityAlertReport } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor, requireRole } from '@nrm/service-kit';
import { stableUuid } from './notification-id';
import { RecordNotification } from './record-notification.usecase';
import { securityAlertText } from './templates';

/**
 * Internal API: the gateway reports a burst of refused requests by a user, and the user's agency is
 * told at once (its administrators and supervisors, urgently, on every channel: the kind cannot be
 * switched off). One notification per user and minute, however often it is reported.
 */
@Controller('internal/security-alerts')
export class SecurityAlertsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly record: RecordNotification,
  ) {}

  @Post()
  @HttpCode(202)
  async report(
    @Body() alert: SecurityAlertReport,
    @CurrentActor() actor: Actor,
  ): Promise<{ notificationId: string | null }> {
    // The gateway reports as the agency's administrator (a system actor): no user can call this.
    requireRole(actor, 'administrator');
    const notificationId = await this.dataSource.transaction((manager) =>
      this.record.execute(manager, {
        eventId: stableUuid('security-alert', alert.userId, alert.windowStartedAt),
        eventType: 'nrm.gateway.security-alert',
        kind: 'security_alert',
        recipientAgencyId: actor.agencyId,
        urgent: true,
        render: (locale) => securityAlertText(locale, alert),
      }),
    );
    return { notificationId: notificationId ?? null };
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SecurityAlertReport } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { requireRole } from '@nrm/service-kit';
import { stableUuid } from '../notification-id';
import { securityAlertText } from '../templates';
import { RecordNotification } from './record-notification';

/**
 * The gateway reports a burst of refused requests by a user, and the user's agency is told at once
 * (its administrators and supervisors, urgently, on every channel: the kind cannot be switched off).
 * One notification per user and minute, however often it is reported.
 */
@Injectable()
export class ReportSecurityAlert {
  constructor(
    private readonly dataSource: DataSource,
    private readonly record: RecordNotification,
  ) {}

  /** The notification's id, or undefined when this minute's alert was recorded already. */
  async execute(actor: Actor, alert: SecurityAlertReport): Promise<string | undefined> {
    // The gateway reports as the agency's administrator (a system actor): no user can call this.
    requireRole(actor, 'administrator');
    return this.dataSource.transaction((manager) =>
      this.record.execute(manager, {
        eventId: stableUuid('security-alert', alert.userId, alert.windowStartedAt),
        eventType: 'nrm.gateway.security-alert',
        kind: 'security_alert',
        recipientAgencyId: actor.agencyId,
        urgent: true,
        render: (locale) => securityAlertText(locale, alert),
      }),
    );
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InboxPage } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import { NotificationRepository } from '../notification.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What one user sees: the notifications of their agency addressed to their role (or to everyone),
 * with the time they read each one, optionally of one case or unread only.
 */
@Injectable()
export class InboxItems {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationRepository,
  ) {}

  async execute(actor: Actor, caseId: string | undefined, unread: string | undefined): Promise<InboxPage> {
    if (caseId !== undefined && !UUID.test(caseId)) {
      throw new ProblemException('validation', 'caseId must be a UUID', [
        { field: 'caseId', message: 'caseId must be a UUID' },
      ]);
    }
    if (unread !== undefined && unread !== 'true' && unread !== 'false') {
      throw new ProblemException('validation', 'unread must be true or false', [
        { field: 'unread', message: 'unread must be true or false' },
      ]);
    }
    const rows = await this.notifications.inboxOf(this.dataSource, actor, {
      ...(caseId !== undefined ? { caseId } : {}),
      unreadOnly: unread === 'true',
    });
    return {
      unreadCount: rows.length > 0 ? Number(rows[0].unread_count) : 0,
      items: rows.map((r) => ({
        notificationId: r.notification_id,
        kind: r.kind,
        caseId: r.case_id,
        caseReference: r.case_reference,
        eventType: r.event_type,
        language: r.language,
        title: r.title,
        body: r.body,
        createdAt: r.created_at.toISOString(),
        readAt: r.read_at ? r.read_at.toISOString() : null,
        urgent: r.urgent,
      })),
    };
  }
}

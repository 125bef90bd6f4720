import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Language } from '@nrm/contracts';
import { EmailSender } from '../email/email-sender';
import { notificationId } from './notification-id';
import type { RenderedNotification } from './templates';

export interface NotificationRequest {
  eventId: string;
  eventType: string;
  caseId: string;
  caseReference: string;
  recipientAgencyId: string;
  /** Urgent notifications are delivered ahead of the queue. */
  urgent?: boolean;
  render: (language: Language) => RenderedNotification;
}

/**
 * Records a notification in the recipient agency's inbox, in its language, and queues a webhook
 * delivery when the agency has an endpoint. Runs in the inbox transaction of the event that caused it.
 */
@Injectable()
export class RecordNotification {
  constructor(private readonly email: EmailSender) {}

  async execute(manager: EntityManager, request: NotificationRequest): Promise<string | undefined> {
    const agencies: { language: Language; has_webhook: boolean; has_email: boolean }[] = await manager.query(
      `SELECT a.language, (w.agency_id IS NOT NULL) AS has_webhook, (e.agency_id IS NOT NULL) AS has_email
         FROM agency a
         LEFT JOIN webhook_endpoint w ON w.agency_id = a.agency_id
         LEFT JOIN email_endpoint e ON e.agency_id = a.agency_id
        WHERE a.agency_id = $1`,
      [request.recipientAgencyId],
    );
    if (agencies.length === 0) throw new Error(`unknown recipient agency ${request.recipientAgencyId}`);
    const { language, has_webhook, has_email } = agencies[0];
    const id = notificationId(request.eventId, request.recipientAgencyId);
    const text = request.render(language);
    const inserted: unknown[] = await manager.query(
      `INSERT INTO notification (notification_id, event_id, event_type, case_id, case_reference, recipient_agency_id,
         language, title, body, urgent)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING RETURNING notification_id`,
      [
        id,
        request.eventId,
        request.eventType,
        request.caseId,
        request.caseReference,
        request.recipientAgencyId,
        language,
        text.title,
        text.body,
        request.urgent ?? false,
      ],
    );
    if (inserted.length === 0) return undefined;
    const channels = [
      ...(has_webhook ? ['webhook'] : []),
      ...(has_email && this.email.enabled ? ['email'] : []),
    ];
    for (const channel of channels) {
      await manager.query(
        `INSERT INTO delivery (notification_id, channel, agency_id, urgent) VALUES ($1, $2, $3, $4)`,
        [id, channel, request.recipientAgencyId, request.urgent ?? false],
      );
    }
    return id;
  }
}

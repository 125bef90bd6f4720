import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationDispatched } from '@nrm/contracts';
import type { NotificationKind } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Logger } from '@nrm/observability';
import { LOGGER } from '@nrm/service-kit';
import { EmailSender } from '../../email/email-sender';
import { RoutingRepository } from '../../routing/routing.repository';
import { channelsToQueue } from '../../routing/routing-rules';
import { notificationId } from '../notification-id';
import { NotificationRepository } from '../notification.repository';
import type { RecipientLocale, RenderedNotification } from '../templates';

export interface NotificationRequest {
  /** The event (or, for a digest, the digest) it comes from; with the recipient it fixes the id. */
  eventId: string;
  eventType: string;
  kind: NotificationKind;
  /** Absent for a notification about no single case (the daily digest). */
  caseId?: string;
  caseReference?: string;
  recipientAgencyId: string;
  /** Urgent notifications are delivered ahead of the queue. */
  urgent?: boolean;
  render: (locale: RecipientLocale) => RenderedNotification;
}

/**
 * Records a notification in the recipient agency's inbox, in its language and calendar, addressed
 * to the roles its routing rule names, and queues it on the rule's external channels where the
 * agency has an endpoint. Runs in the transaction of the event that caused it; a second run for the
 * same event and recipient changes nothing.
 */
@Injectable()
export class RecordNotification {
  constructor(
    private readonly email: EmailSender,
    private readonly routing: RoutingRepository,
    private readonly notifications: NotificationRepository,
    private readonly outbox: OutboxWriter,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async execute(manager: EntityManager, request: NotificationRequest): Promise<string | undefined> {
    // The recipient agency, its endpoints and the rule for this kind, in one read.
    const found = await this.routing.recipient(manager, request.recipientAgencyId, request.kind);
    if (!found) {
      // One unknown recipient must not hold back the others named by the same event.
      this.logger.warn(
        { recipientAgencyId: request.recipientAgencyId, eventType: request.eventType },
        'notification skipped: the recipient agency is not in the directory',
      );
      return undefined;
    }
    const { language, calendar, hasWebhook, hasEmail, rule } = found;
    if (!rule.enabled) return undefined;
    const id = notificationId(request.eventId, request.recipientAgencyId);
    const text = request.render({ language, calendar });
    const urgent = request.urgent ?? false;
    const channels = channelsToQueue(rule, { webhook: hasWebhook, email: hasEmail && this.email.enabled });
    const recorded = await this.notifications.record(
      manager,
      {
        notification_id: id,
        event_id: request.eventId,
        event_type: request.eventType,
        kind: request.kind,
        case_id: request.caseId ?? null,
        case_reference: request.caseReference ?? null,
        recipient_agency_id: request.recipientAgencyId,
        audience_roles: rule.roles,
        language,
        title: text.title,
        body: text.body,
        urgent,
      },
      channels,
    );
    if (!recorded) return undefined;
    await this.outbox.append(manager, NotificationDispatched, {
      subject: request.caseId ?? id,
      data: {
        notificationId: id,
        ...(request.caseId ? { caseId: request.caseId } : {}),
        recipientAgencyId: request.recipientAgencyId,
        kind: request.kind,
        audienceRoles: rule.roles,
        channels: ['inbox', ...channels],
        urgent,
      },
    });
    return id;
  }
}

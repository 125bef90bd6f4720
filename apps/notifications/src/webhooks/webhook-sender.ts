import { Inject, Injectable } from '@nestjs/common';
import { describeError } from '@nrm/observability';
import { WebhookHeaders, signWebhook } from '@nrm/security';
import { SERVICE_CONFIG } from '@nrm/service-kit';
import type { ChannelSender, OutgoingNotification } from '../deliveries/channel-sender';
import type { NotificationsConfig } from '../notifications.config';

/** POSTs the notification as JSON, signed with HMAC-SHA256 over `<timestamp>.<body>`. */
@Injectable()
export class WebhookSender implements ChannelSender {
  readonly channel = 'webhook' as const;

  constructor(@Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig) {}

  async send(n: OutgoingNotification): Promise<string | undefined> {
    if (!n.webhook) return 'no webhook endpoint';
    const body = JSON.stringify({
      notificationId: n.notificationId,
      eventType: n.eventType,
      kind: n.kind,
      caseId: n.caseId,
      caseReference: n.caseReference,
      language: n.language,
      urgent: n.urgent,
      title: n.title,
      body: n.body,
      createdAt: n.createdAt.toISOString(),
    });
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const response = await fetch(n.webhook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [WebhookHeaders.notificationId]: n.notificationId,
          [WebhookHeaders.timestamp]: String(timestamp),
          [WebhookHeaders.signature]: signWebhook(n.webhook.secret, timestamp, body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS),
      });
      await response.body?.cancel();
      return response.status >= 200 && response.status < 300 ? undefined : `HTTP ${response.status}`;
    } catch (e) {
      return describeError(e).errorName === 'TimeoutError' ? 'timed out' : 'connection failed';
    }
  }
}

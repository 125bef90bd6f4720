import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { WebhookTestResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { WebhookEndpointRepository } from '../webhook-endpoint.repository';
import { pingNotification } from '../webhook-ping';
import { WebhookSender } from '../webhook-sender';
import { Routes } from '@nrm/api-contracts';

/** Sends a signed test delivery at once, outside the queue, and reports how the endpoint answered. */
@Injectable()
export class TestWebhookEndpoint {
  constructor(
    private readonly dataSource: DataSource,
    private readonly endpoints: WebhookEndpointRepository,
    private readonly webhooks: WebhookSender,
  ) {}

  async execute(actor: Actor): Promise<WebhookTestResponse> {
    permit(actor, Routes.testWebhook);
    const endpoint = await this.endpoints.forPing(this.dataSource, actor.agencyId);
    if (!endpoint) throw new ProblemException('notFound', 'your agency has no webhook endpoint');
    const { url, secret, language } = endpoint;
    const ping = pingNotification(actor.agencyId, language, { url, secret });
    const started = performance.now();
    const error = await this.webhooks.send(ping);
    return {
      url,
      notificationId: ping.notificationId,
      delivered: error === undefined,
      ...(error ? { error } : {}),
      durationMs: Math.round(performance.now() - started),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { ProblemException, requireRole } from '@nrm/service-kit';
import { WebhookEndpointRepository } from '../webhook-endpoint.repository';

/** The URL of the actor's agency's webhook (never its secret). */
@Injectable()
export class OwnWebhookEndpoint {
  constructor(
    private readonly dataSource: DataSource,
    private readonly endpoints: WebhookEndpointRepository,
  ) {}

  async execute(actor: Actor): Promise<{ agencyId: string; url: string }> {
    requireRole(actor, 'administrator');
    const url = await this.endpoints.urlOf(this.dataSource, actor.agencyId);
    if (url === undefined) throw new ProblemException('notFound', 'your agency has no webhook endpoint');
    return { agencyId: actor.agencyId, url };
  }
}

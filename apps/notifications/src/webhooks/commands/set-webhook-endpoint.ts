import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { WebhookEndpointRequest, WebhookEndpointResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { AgencyRepository } from '../../agencies/agency.repository';
import { WebhookEndpointRepository } from '../webhook-endpoint.repository';
import { Routes } from '@nrm/api-contracts';

/** An agency administrator sets the agency's webhook; a new signing secret is made and shown once. */
@Injectable()
export class SetWebhookEndpoint {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agencies: AgencyRepository,
    private readonly endpoints: WebhookEndpointRepository,
  ) {}

  async execute(actor: Actor, request: WebhookEndpointRequest): Promise<WebhookEndpointResponse> {
    permit(actor, Routes.setWebhook);
    const secret = randomBytes(32).toString('base64url');
    if (!(await this.agencies.exists(this.dataSource, actor.agencyId)))
      throw new ProblemException('notFound', 'your agency is not in the directory');
    await this.endpoints.save(this.dataSource, actor.agencyId, request.url, secret);
    return { agencyId: actor.agencyId, url: request.url, secret };
  }
}

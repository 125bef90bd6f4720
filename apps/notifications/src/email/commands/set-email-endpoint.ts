import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EmailEndpointRequest, EmailEndpointResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { AgencyRepository } from '../../agencies/agency.repository';
import { EmailEndpointRepository } from '../email-endpoint.repository';
import { Routes } from '@nrm/api-contracts';

/** An agency administrator sets the agency's functional mailbox for notifications. */
@Injectable()
export class SetEmailEndpoint {
  constructor(
    private readonly dataSource: DataSource,
    private readonly agencies: AgencyRepository,
    private readonly endpoints: EmailEndpointRepository,
  ) {}

  async execute(actor: Actor, request: EmailEndpointRequest): Promise<EmailEndpointResponse> {
    permit(actor, Routes.setEmail);
    if (!(await this.agencies.exists(this.dataSource, actor.agencyId)))
      throw new ProblemException('notFound', 'your agency is not in the directory');
    await this.endpoints.save(this.dataSource, actor.agencyId, request.address);
    return { agencyId: actor.agencyId, address: request.address };
  }
}

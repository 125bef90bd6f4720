import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RouteSpec } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { PolicyRepository } from '../policy/policy.repository';

/** Catalogues are the competent authority's: only its own staff of the roles named see or change them. */
@Injectable()
export class CatalogueAuthority {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policies: PolicyRepository,
  ) {}

  async require(actor: Actor, route: Pick<RouteSpec, 'roles'>): Promise<void> {
    permit(actor, route);
    const policy = await this.policies.defaultPolicy(this.dataSource.manager);
    if (actor.agencyId !== policy.competentAuthorityAgencyId)
      throw new ProblemException('forbidden', 'indicator catalogues are kept by the competent authority');
  }
}

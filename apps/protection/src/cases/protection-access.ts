import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { RouteSpec } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { AgencyTypes, ProblemException, SERVICE_CONFIG, permit } from '@nrm/service-kit';
import type { ProtectionConfig } from '../protection.config';
import { CaseRepository } from './case.repository';

/** Agencies that manage protection cases: shelters, NGOs, IOM and the competent authority. */
export const PROTECTION_AGENCY_TYPES: readonly string[] = ['shelter', 'ngo', 'iom', 'competent_authority'];

/**
 * Who may manage protection cases: a case worker or supervisor of an agency that does protection
 * work. A supervisor of the police or of an embassy has the role but not the need to know. Each case
 * is managed by its lead agency (the jurisdiction's default until a supervisor hands it on), and
 * overseen by the competent authority; a provider or shelter the case was referred to sees it too.
 */
@Injectable()
export class ProtectionAccess {
  private readonly agencies: AgencyTypes;

  constructor(
    dataSource: DataSource,
    private readonly cases: CaseRepository,
    @Inject(SERVICE_CONFIG) private readonly config: Pick<ProtectionConfig, 'PROTECTION_LEAD_AGENCY_ID'>,
  ) {
    this.agencies = new AgencyTypes(dataSource);
  }

  /** The lead agency of every case that names none. */
  get defaultLeadAgencyId(): string {
    return this.config.PROTECTION_LEAD_AGENCY_ID;
  }

  async isProtectionAgency(agencyId: string): Promise<boolean> {
    return PROTECTION_AGENCY_TYPES.includes((await this.agencies.typeOf(agencyId)) ?? '');
  }

  async isCompetentAuthority(agencyId: string): Promise<boolean> {
    return (await this.agencies.typeOf(agencyId)) === 'competent_authority';
  }

  /** The route's roles (the route table's, `Routes.x`), and an agency that does protection work. */
  async requireCaseWorker(actor: Actor, route: Pick<RouteSpec, 'roles'>): Promise<void> {
    permit(actor, route);
    if (!(await this.isProtectionAgency(actor.agencyId))) {
      throw new ProblemException('forbidden', 'your agency does not manage protection cases');
    }
  }

  /**
   * One of the route's roles, of the case's lead agency or of the competent authority; any
   * other agency is answered as if there were no case. A missing case is left to the caller.
   */
  async requireCaseManager(
    manager: EntityManager,
    caseId: string,
    actor: Actor,
    route: Pick<RouteSpec, 'roles'>,
  ): Promise<void> {
    await this.requireCaseWorker(actor, route);
    if (await this.isCompetentAuthority(actor.agencyId)) return;
    const lead = await this.cases.leadOf(manager, caseId, this.defaultLeadAgencyId);
    if (lead !== undefined && lead !== actor.agencyId) {
      throw new ProblemException('notFound', 'no protection case for this case');
    }
  }
}

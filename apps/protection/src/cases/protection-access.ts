import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Role } from '@nrm/contracts';
import type { Actor } from '@nrm/security';
import { AgencyTypes, ProblemException, requireRole } from '@nrm/service-kit';

/** Roles that manage protection cases. */
export const CASE_WORKERS: readonly Role[] = ['protection_case_worker', 'supervisor'];

/** Agencies that manage protection cases: shelters, NGOs, IOM and the competent authority. */
export const PROTECTION_AGENCY_TYPES: readonly string[] = ['shelter', 'ngo', 'iom', 'competent_authority'];

/**
 * Who may manage protection cases: a case worker or supervisor of an agency that does protection
 * work. A supervisor of the police or of an embassy has the role but not the need to know.
 */
@Injectable()
export class ProtectionAccess {
  private readonly agencies: AgencyTypes;

  constructor(dataSource: DataSource) {
    this.agencies = new AgencyTypes(dataSource);
  }

  async isProtectionAgency(agencyId: string): Promise<boolean> {
    return PROTECTION_AGENCY_TYPES.includes((await this.agencies.typeOf(agencyId)) ?? '');
  }

  async requireCaseWorker(actor: Actor, roles: readonly Role[] = CASE_WORKERS): Promise<void> {
    requireRole(actor, ...roles);
    if (!(await this.isProtectionAgency(actor.agencyId))) {
      throw new ProblemException('forbidden', 'your agency does not manage protection cases');
    }
  }
}

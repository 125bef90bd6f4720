import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { requireRole } from '@nrm/service-kit';
import { INVESTIGATION_ROLES } from '../../proceedings/proceedings-rules';
import { InvestigationRepository } from '../investigation.repository';

/** The investigations the actor's agency works, newest first. */
@Injectable()
export class InvestigationList {
  constructor(
    private readonly dataSource: DataSource,
    private readonly investigations: InvestigationRepository,
  ) {}

  async execute(actor: Actor) {
    requireRole(actor, ...INVESTIGATION_ROLES);
    const rows = await this.investigations.ofAgency(this.dataSource, actor.agencyId);
    return {
      items: rows.map((r) => ({
        investigationId: r.investigation_id,
        status: r.status,
        leadAgencyId: r.lead_agency_id,
        openedAt: r.opened_at.toISOString(),
        cases: r.cases,
      })),
    };
  }
}

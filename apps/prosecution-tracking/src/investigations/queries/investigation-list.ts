import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { InvestigationRepository } from '../investigation.repository';
import { Routes } from '@nrm/api-contracts';
import type { InvestigationSummaryPage } from '@nrm/api-contracts';

/** The investigations the actor's agency works, newest first. */
@Injectable()
export class InvestigationList {
  constructor(
    private readonly dataSource: DataSource,
    private readonly investigations: InvestigationRepository,
  ) {}

  async execute(actor: Actor): Promise<InvestigationSummaryPage> {
    permit(actor, Routes.listInvestigations);
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

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InvestigationAgenciesResponse, InvestigationAgencyRequest } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { requireOpenInvestigation } from '../../proceedings/proceedings-rules';
import { asProblem } from '../../proceedings/refusals';
import { InvestigationRepository } from '../investigation.repository';
import { Routes } from '@nrm/api-contracts';

/** Agency types that investigate or prosecute. */
const LAW_ENFORCEMENT = ['police', 'prosecution', 'immigration', 'labour_inspection'];

/**
 * Brings another law-enforcement agency (e.g. the public prosecution) into the investigation. Its
 * investigators and prosecutors will see the suspects, so only those roles may do it.
 */
@Injectable()
export class AddInvestigationAgency {
  constructor(
    private readonly dataSource: DataSource,
    private readonly investigations: InvestigationRepository,
  ) {}

  execute(
    investigationId: string,
    request: InvestigationAgencyRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<InvestigationAgenciesResponse> {
    permit(actor, Routes.addInvestigationAgency);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await this.investigations.findFor(manager, investigationId, actor, { lock: true });
        requireOpenInvestigation(row.status);
        const agencyType = await this.investigations.agencyType(manager, request.agencyId);
        if (!agencyType || !LAW_ENFORCEMENT.includes(agencyType)) {
          throw new ProblemException('validation', `${request.agencyId} cannot join an investigation`, [
            { field: 'agencyId', message: `must be a known agency of type ${LAW_ENFORCEMENT.join(', ')}` },
          ]);
        }
        await this.investigations.addAgency(manager, investigationId, request.agencyId, now);
        return { investigationId, agencyIds: [...new Set([...row.agency_ids, request.agencyId])].sort() };
      }),
    );
  }
}

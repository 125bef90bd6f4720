import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PlacementRequest, PlacementResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { DataKeyring } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import { CaseRepository } from '../../cases/case.repository';
import { requireOpen } from '../../cases/case-rules';
import { ProtectionAccess } from '../../cases/protection-access';
import { asProblem } from '../../cases/refusals';
import { requireDisclosureBasis } from '../../services/disclosure-rules';
import { PlacementRepository } from '../placement.repository';
import { requireNoLivePlacement, requireSuitable } from '../placement-rules';
import { ShelterBeds } from '../shelter-beds';
import { ShelterRepository } from '../shelter.repository';
import { Routes } from '@nrm/api-contracts';

/**
 * Requests a shelter bed for a case: the case and then the shelter are locked, so concurrent
 * requests are decided one after another; a full shelter queues the request.
 */
@Injectable()
export class RequestPlacement {
  constructor(
    private readonly access: ProtectionAccess,
    private readonly dataSource: DataSource,
    private readonly keyring: DataKeyring,
    private readonly cases: CaseRepository,
    private readonly shelters: ShelterRepository,
    private readonly placements: PlacementRepository,
    private readonly beds: ShelterBeds,
  ) {}

  async execute(
    caseId: string,
    request: PlacementRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<PlacementResponse> {
    await this.access.requireCaseManager(this.dataSource.manager, caseId, actor, Routes.requestPlacement);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await this.cases.lock(manager, caseId);
        requireOpen(row.status);
        const shelter = await this.shelters.lock(manager, request.shelterId);
        requireSuitable(shelter, row.person_is_child);
        if (request.override && actor.role !== 'supervisor') {
          throw new ProblemException('forbidden', "only a supervisor may place without the person's consent");
        }
        const basis = requireDisclosureBasis(
          {
            personIsChild: row.person_is_child,
            sharingAgencyTypes: row.sharing_agency_types,
            providerAgencyType: shelter.provider_type,
            override: request.override && { byRole: actor.role, reason: request.override.reason },
          },
          'place',
        );
        requireNoLivePlacement(await this.placements.liveStatus(manager, caseId));
        return this.beds.placeOrQueue(manager, {
          caseId,
          caseReference: row.case_reference,
          shelter,
          priority: row.person_is_child || row.urgent_risk,
          requestedBy: actor.userId,
          now,
          basis,
          overrideReasonSealed:
            basis === 'supervisor_override' && request.override
              ? (await this.keyring.sealerFor(manager, caseId)).seal(request.override.reason)
              : null,
        });
      }),
    );
  }
}

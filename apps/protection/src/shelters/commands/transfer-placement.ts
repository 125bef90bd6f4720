import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PlacementRequest, PlacementResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { CaseRepository } from '../../cases/case.repository';
import { requireOpen } from '../../cases/case-rules';
import { ProtectionAccess } from '../../cases/protection-access';
import { asProblem } from '../../cases/refusals';
import { PlacementRepository } from '../placement.repository';
import { requireOtherShelter, requireSuitable, requireTransfer } from '../placement-rules';
import { ShelterBeds } from '../shelter-beds';
import { ShelterRepository } from '../shelter.repository';
import type { ShelterRow } from '../shelter.repository';
import { Routes } from '@nrm/api-contracts';

/** Moves a placed or checked-in person to another shelter: a new placement there (or a place in its queue). */
@Injectable()
export class TransferPlacement {
  constructor(
    private readonly access: ProtectionAccess,
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly shelters: ShelterRepository,
    private readonly placements: PlacementRepository,
    private readonly beds: ShelterBeds,
  ) {}

  async execute(
    placementId: string,
    request: PlacementRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<PlacementResponse> {
    await this.access.requireCaseWorker(actor, Routes.transferPlacement);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const current = await this.placements.find(manager, placementId);
        await this.access.requireCaseManager(manager, current.case_id, actor, Routes.transferPlacement);
        requireOtherShelter(current.shelter_id, request.shelterId);
        // The case first, then the shelters, then the placement: the order a new request takes too.
        const row = await this.cases.lock(manager, current.case_id);
        requireOpen(row.status);
        // Shelters are locked in one order everywhere two are involved, so transfers never deadlock.
        const ids = [current.shelter_id, request.shelterId].sort();
        const locked = new Map<string, ShelterRow>();
        for (const id of ids) locked.set(id, await this.shelters.lock(manager, id));
        const from = locked.get(current.shelter_id)!;
        const to = locked.get(request.shelterId)!;
        const p = await this.placements.find(manager, placementId, { lock: true });
        requireTransfer(p.status);
        requireSuitable(to, row.person_is_child);
        await this.placements.end(manager, placementId, 'transferred', now);
        const next = await this.beds.placeOrQueue(manager, {
          caseId: p.case_id,
          caseReference: p.case_reference,
          shelter: to,
          priority: p.priority,
          requestedBy: actor.userId,
          now,
          fromShelterId: from.shelter_id,
          // The ground the person was placed on goes with them to the other shelter.
          basis: p.disclosure_basis,
          overrideReasonSealed: p.override_reason_sealed,
        });
        await this.beds.fillFreeBeds(manager, from, now);
        return next;
      }),
    );
  }
}

import type { PlacementResponse } from '@nrm/api-contracts';
import { Injectable } from '@nestjs/common';
import { ShelterCheckedOut } from '@nrm/contracts';
import type { Actor } from '@nrm/security';
import { PlacementAccess } from '../placement-access';
import { PlacementRepository } from '../placement.repository';
import { endOf } from '../placement-rules';
import { ShelterBeds } from '../shelter-beds';
import { Routes } from '@nrm/api-contracts';

/** Check-out of a placed or checked-in person, or cancellation of a queued request; a freed bed goes to the queue. */
@Injectable()
export class CheckOut {
  constructor(
    private readonly placementAccess: PlacementAccess,
    private readonly placements: PlacementRepository,
    private readonly beds: ShelterBeds,
  ) {}

  execute(placementId: string, actor: Actor, now = new Date()): Promise<PlacementResponse> {
    return this.placementAccess.change(placementId, actor, Routes.checkOut, async (manager, p, shelter) => {
      const status = endOf(p.status);
      await this.placements.end(manager, placementId, status, now);
      if (status === 'checked_out') await this.beds.announce(manager, ShelterCheckedOut, p, now);
      await this.beds.fillFreeBeds(manager, shelter, now);
      return { placementId, shelterId: p.shelter_id, status };
    });
  }
}

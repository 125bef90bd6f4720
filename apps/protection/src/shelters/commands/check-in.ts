import type { PlacementResponse } from '@nrm/api-contracts';
import { Injectable } from '@nestjs/common';
import { ShelterCheckedIn } from '@nrm/contracts';
import type { Actor } from '@nrm/security';
import { PlacementAccess } from '../placement-access';
import { PlacementRepository } from '../placement.repository';
import { requireCheckIn } from '../placement-rules';
import { ShelterBeds } from '../shelter-beds';
import { Routes } from '@nrm/api-contracts';

/** The person placed arrives at the shelter. */
@Injectable()
export class CheckIn {
  constructor(
    private readonly placementAccess: PlacementAccess,
    private readonly placements: PlacementRepository,
    private readonly beds: ShelterBeds,
  ) {}

  execute(placementId: string, actor: Actor, now = new Date()): Promise<PlacementResponse> {
    return this.placementAccess.change(placementId, actor, Routes.checkIn, async (manager, p) => {
      requireCheckIn(p.status);
      await this.placements.checkIn(manager, placementId, now);
      await this.beds.announce(manager, ShelterCheckedIn, p, now);
      return { placementId, shelterId: p.shelter_id, status: 'checked_in' };
    });
  }
}

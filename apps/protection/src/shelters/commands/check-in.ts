import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ShelterCheckedIn } from '@nrm/contracts';
import type { Actor } from '@nrm/security';
import { asProblem } from '../../cases/refusals';
import { PlacementAccess } from '../placement-access';
import { PlacementRepository } from '../placement.repository';
import { requireCheckIn } from '../placement-rules';
import { ShelterBeds } from '../shelter-beds';
import type { PlacementResult } from '../shelter-beds';

/** The person placed arrives at the shelter. */
@Injectable()
export class CheckIn {
  constructor(
    private readonly dataSource: DataSource,
    private readonly placementAccess: PlacementAccess,
    private readonly placements: PlacementRepository,
    private readonly beds: ShelterBeds,
  ) {}

  async execute(placementId: string, actor: Actor, now = new Date()): Promise<PlacementResult> {
    await this.placementAccess.requireCaseWorkerOrShelterStaff(actor);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const { placement: p } = await this.placementAccess.lockFor(manager, placementId, actor);
        requireCheckIn(p.status);
        await this.placements.checkIn(manager, placementId, now);
        await this.beds.announce(manager, ShelterCheckedIn, p, now);
        return { placementId, shelterId: p.shelter_id, status: 'checked_in' };
      }),
    );
  }
}

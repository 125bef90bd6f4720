import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ShelterCheckedOut } from '@nrm/contracts';
import type { Actor } from '@nrm/security';
import { asProblem } from '../../cases/refusals';
import { PlacementAccess } from '../placement-access';
import { PlacementRepository } from '../placement.repository';
import { endOf } from '../placement-rules';
import { ShelterBeds } from '../shelter-beds';
import type { PlacementResult } from '../shelter-beds';

/** Check-out of a placed or checked-in person, or cancellation of a queued request; a freed bed goes to the queue. */
@Injectable()
export class CheckOut {
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
        const { placement: p, shelter } = await this.placementAccess.lockFor(manager, placementId, actor);
        const status = endOf(p.status);
        await this.placements.end(manager, placementId, status, now);
        if (status === 'checked_out') await this.beds.announce(manager, ShelterCheckedOut, p, now);
        await this.beds.fillFreeBeds(manager, shelter, now);
        return { placementId, shelterId: p.shelter_id, status };
      }),
    );
  }
}

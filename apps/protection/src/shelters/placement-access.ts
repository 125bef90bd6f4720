import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { RouteSpec } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import { ProtectionAccess } from '../cases/protection-access';
import { asProblem } from '../cases/refusals';
import { PlacementRepository } from './placement.repository';
import type { PlacementRow } from './placement.repository';
import { ShelterRepository } from './shelter.repository';
import type { ShelterRow } from './shelter.repository';

/** Who may act on a placement, and the placement locked with its shelter for the change. */
@Injectable()
export class PlacementAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProtectionAccess,
    private readonly placements: PlacementRepository,
    private readonly shelters: ShelterRepository,
  ) {}

  /** Case workers of a protection agency, or a shelter's own staff (scoped to their shelters by `lockFor`). */
  async requireCaseWorkerOrShelterStaff(actor: Actor, route: Pick<RouteSpec, 'roles'>): Promise<void> {
    if (actor.role === 'service_provider') return;
    await this.access.requireCaseWorker(actor, route);
  }

  /** Runs a change on one placement the actor may act on, its shelter and then the placement locked. */
  async change<T>(
    placementId: string,
    actor: Actor,
    route: Pick<RouteSpec, 'roles'>,
    work: (manager: EntityManager, placement: PlacementRow, shelter: ShelterRow) => Promise<T>,
  ): Promise<T> {
    await this.requireCaseWorkerOrShelterStaff(actor, route);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const { placement, shelter } = await this.lockFor(manager, placementId, actor, route);
        return work(manager, placement, shelter);
      }),
    );
  }

  /** A placement the actor may act on: its shelter locked first, then the placement. */
  private async lockFor(
    manager: EntityManager,
    placementId: string,
    actor: Actor,
    route: Pick<RouteSpec, 'roles'>,
  ): Promise<{ placement: PlacementRow; shelter: ShelterRow }> {
    const found = await this.placements.find(manager, placementId);
    // A shelter's own staff act on placements in their shelters only.
    if (actor.role === 'service_provider' && found.provider_id !== actor.agencyId) {
      throw new ProblemException('notFound', 'no such placement');
    }
    // Case workers: of the case's lead agency, or of the shelter's own provider.
    if (actor.role !== 'service_provider' && found.provider_id !== actor.agencyId) {
      await this.access.requireCaseManager(manager, found.case_id, actor, route);
    }
    const shelter = await this.shelters.lock(manager, found.shelter_id);
    const placement = await this.placements.find(manager, placementId, { lock: true });
    return { placement, shelter };
  }
}

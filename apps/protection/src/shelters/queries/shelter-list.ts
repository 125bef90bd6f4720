import type { ShelterPage } from '@nrm/api-contracts';
import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { DataSource } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { Actor } from '@nrm/security';
import type { DB as Tables } from '../../database/tables.generated';
import { PlacementAccess } from '../placement-access';
import { Routes } from '@nrm/api-contracts';

/** The shelters with their beds taken, free and queued for; a shelter's staff see their own. */
@Injectable()
export class ShelterList {
  constructor(
    private readonly dataSource: DataSource,
    private readonly placementAccess: PlacementAccess,
  ) {}

  async execute(actor: Actor): Promise<ShelterPage> {
    await this.placementAccess.requireCaseWorkerOrShelterStaff(actor, Routes.shelters);
    let query = sqlOf<Tables>(this.dataSource)
      .selectFrom('shelter as s')
      .leftJoin('placement as pl', 'pl.shelter_id', 's.shelter_id')
      .select(['s.shelter_id', 's.provider_id', 's.name_en', 's.name_ar', 's.for_children', 's.capacity'])
      .select([
        sql<number>`count(*) FILTER (WHERE pl.status IN ('placed', 'checked_in'))::int`.as('occupied'),
        sql<number>`count(*) FILTER (WHERE pl.status = 'queued')::int`.as('queued'),
      ]);
    if (actor.role === 'service_provider') query = query.where('s.provider_id', '=', actor.agencyId);
    const rows = await query.groupBy('s.shelter_id').orderBy('s.shelter_id').execute();
    return {
      items: rows.map((r) => ({
        shelterId: r.shelter_id,
        providerAgencyId: r.provider_id,
        nameEn: r.name_en,
        nameAr: r.name_ar,
        forChildren: r.for_children,
        capacity: r.capacity,
        occupied: r.occupied,
        free: Math.max(0, r.capacity - r.occupied),
        queued: r.queued,
      })),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Insertable, Selectable } from 'kysely';
import type { EntityManager } from 'typeorm';
import type { DisclosureBasis } from '@nrm/contracts';
import { sqlOf } from '@nrm/persistence';
import { ProblemException } from '@nrm/service-kit';
import type { DB as Tables } from '../database/tables.generated';
import { LIVE_PLACEMENT, OCCUPYING_PLACEMENT } from './placement-rules';
import type { PlacementStatus } from './placement-rules';

/** A placement with its case's reference and its shelter's provider. */
export type PlacementRow = Pick<
  Selectable<Tables['placement']>,
  'placement_id' | 'override_reason_sealed' | 'case_id' | 'shelter_id' | 'priority'
> & {
  case_reference: string;
  provider_id: string;
  status: PlacementStatus;
  disclosure_basis: DisclosureBasis;
};

const NO_PLACEMENT = 'no such placement';

/** Placements of cases in shelters: queued, placed, checked in, and how each ended. */
@Injectable()
export class PlacementRepository {
  /** The status of the case's live placement, when it has one. */
  async liveStatus(manager: EntityManager, caseId: string): Promise<PlacementStatus | undefined> {
    const row = await sqlOf<Tables>(manager)
      .selectFrom('placement')
      .select('status')
      .where('case_id', '=', caseId)
      .where('status', 'in', LIVE_PLACEMENT)
      .executeTakeFirst();
    return row?.status as PlacementStatus | undefined;
  }

  /** How many of the case's placements hold a bed or a place in a queue. */
  async countActive(manager: EntityManager, caseId: string): Promise<number> {
    const row = await sqlOf<Tables>(manager)
      .selectFrom('placement')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('case_id', '=', caseId)
      .where('status', 'in', LIVE_PLACEMENT)
      .executeTakeFirstOrThrow();
    return row.n;
  }

  /** How many beds of the shelter are taken. */
  async occupied(manager: EntityManager, shelterId: string): Promise<number> {
    const row = await sqlOf<Tables>(manager)
      .selectFrom('placement')
      .select(sql<number>`count(*)::int`.as('occupied'))
      .where('shelter_id', '=', shelterId)
      .where('status', 'in', OCCUPYING_PLACEMENT)
      .executeTakeFirstOrThrow();
    return row.occupied;
  }

  async insert(manager: EntityManager, placement: Insertable<Tables['placement']>): Promise<void> {
    await sqlOf<Tables>(manager).insertInto('placement').values(placement).execute();
  }

  /** The place of a queued placement in its shelter's queue: priority first, then by time. */
  async queuePosition(manager: EntityManager, placementId: string): Promise<number> {
    const { rows } = await sql<{ position: number }>`
      SELECT count(*)::int AS position FROM placement q JOIN placement me ON me.placement_id = ${placementId}
       WHERE q.shelter_id = me.shelter_id AND q.status = 'queued'
         AND (q.priority > me.priority
              OR (q.priority = me.priority AND (q.requested_at, q.placement_id) <= (me.requested_at, me.placement_id)))`.execute(
      sqlOf<Tables>(manager),
    );
    return rows[0].position;
  }

  /** Places the head of the shelter's queue on its free beds (the shelter row locked); answers the placed. */
  async placeQueueHead(
    manager: EntityManager,
    shelter: { shelter_id: string; capacity: number },
    at: Date,
  ): Promise<string[]> {
    const { rows } = await sql<Pick<PlacementRow, 'placement_id'>>`
      WITH free AS (
        SELECT ${shelter.capacity}::int - count(*)::int AS beds FROM placement
         WHERE shelter_id = ${shelter.shelter_id} AND status IN ('placed', 'checked_in')
      ), head AS (
        SELECT placement_id FROM placement WHERE shelter_id = ${shelter.shelter_id} AND status = 'queued'
         ORDER BY priority DESC, requested_at, placement_id LIMIT greatest((SELECT beds FROM free), 0)
      )
      UPDATE placement SET status = 'placed', placed_at = ${at} WHERE placement_id IN (SELECT placement_id FROM head)
      RETURNING placement_id`.execute(sqlOf<Tables>(manager));
    return rows.map((row) => row.placement_id);
  }

  /** A placement, or (`lock`) the placement locked; 404 when there is none. */
  async find(
    manager: EntityManager,
    placementId: string,
    { lock = false }: { lock?: boolean } = {},
  ): Promise<PlacementRow> {
    const query = sqlOf<Tables>(manager)
      .selectFrom('placement as pl')
      .innerJoin('protection_case as c', 'c.case_id', 'pl.case_id')
      .innerJoin('shelter as s', 's.shelter_id', 'pl.shelter_id')
      .select([
        'pl.placement_id',
        'pl.disclosure_basis',
        'pl.override_reason_sealed',
        'pl.case_id',
        'c.case_reference',
        'pl.shelter_id',
        's.provider_id',
        'pl.status',
        'pl.priority',
      ])
      .where('pl.placement_id', '=', placementId);
    const row = await (lock ? query.forUpdate('pl') : query).executeTakeFirst();
    if (!row) throw new ProblemException('notFound', NO_PLACEMENT);
    return row as PlacementRow;
  }

  async checkIn(manager: EntityManager, placementId: string, at: Date): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('placement')
      .set({ status: 'checked_in', checked_in_at: at })
      .where('placement_id', '=', placementId)
      .execute();
  }

  /** Ends a placement: checked out, cancelled or transferred. */
  async end(manager: EntityManager, placementId: string, status: PlacementStatus, at: Date): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('placement')
      .set({ status, ended_at: at })
      .where('placement_id', '=', placementId)
      .execute();
  }
}

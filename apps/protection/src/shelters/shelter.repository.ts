import { Injectable } from '@nestjs/common';
import type { Selectable } from 'kysely';
import type { EntityManager } from 'typeorm';
import type { AgencyType } from '@nrm/contracts';
import { sqlOf } from '@nrm/persistence';
import { ProblemException } from '@nrm/service-kit';
import type { DB as Tables } from '../database/tables.generated';

/** A shelter with its provider's agency type. */
export type ShelterRow = Pick<
  Selectable<Tables['shelter']>,
  'shelter_id' | 'provider_id' | 'capacity' | 'for_children'
> & { provider_type: AgencyType };

/** Shelters and their beds. */
@Injectable()
export class ShelterRepository {
  /**
   * Locks a shelter's row: every change to its beds takes this lock first, so concurrent requests
   * are decided one after another (ADR 0007). A 400 problem when there is no such shelter.
   */
  async lock(manager: EntityManager, shelterId: string): Promise<ShelterRow> {
    const shelter = await sqlOf<Tables>(manager)
      .selectFrom('shelter as s')
      .innerJoin('provider as p', 'p.provider_id', 's.provider_id')
      .select([
        's.shelter_id',
        's.provider_id',
        'p.agency_type as provider_type',
        's.capacity',
        's.for_children',
      ])
      .where('s.shelter_id', '=', shelterId)
      .forUpdate('s')
      .executeTakeFirst();
    if (!shelter) {
      throw new ProblemException('validation', `there is no shelter ${shelterId}`, [
        { field: 'shelterId', message: 'not a known shelter' },
      ]);
    }
    return shelter as ShelterRow;
  }
}

import { Injectable } from '@nestjs/common';
import type { Insertable } from 'kysely';
import type { EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';

/** The person's residence statuses, the one in force marked current. */
@Injectable()
export class ResidenceStatusRepository {
  /** Records a status as the one in force; the earlier one no longer is. */
  async insertCurrent(
    manager: EntityManager,
    status: Omit<Insertable<Tables['residence_status']>, 'current'>,
  ): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('residence_status')
      .set({ current: false })
      .where('case_id', '=', status.case_id)
      .where('current', '=', true)
      .execute();
    await sqlOf<Tables>(manager)
      .insertInto('residence_status')
      .values({ ...status, current: true })
      .execute();
  }
}

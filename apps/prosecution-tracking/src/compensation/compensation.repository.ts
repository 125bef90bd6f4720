import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Insertable } from 'kysely';
import type { EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';

/** Compensation a court ordered for a victim, and its payment. */
@Injectable()
export class CompensationRepository {
  async insert(manager: EntityManager, order: Insertable<Tables['compensation']>): Promise<void> {
    await sqlOf<Tables>(manager).insertInto('compensation').values(order).execute();
  }

  /** The order locked for recording its payment, dates as `YYYY-MM-DD`. */
  lock(manager: EntityManager, compensationId: string) {
    return sqlOf<Tables>(manager)
      .selectFrom('compensation')
      .select('investigation_id')
      .select([
        sql<string>`ordered_on::text`.as('ordered_on'),
        sql<string | null>`paid_on::text`.as('paid_on'),
      ])
      .where('compensation_id', '=', compensationId)
      .forUpdate()
      .executeTakeFirst();
  }

  async markPaid(manager: EntityManager, compensationId: string, paidOn: string): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('compensation')
      .set({ paid_on: paidOn })
      .where('compensation_id', '=', compensationId)
      .execute();
  }
}

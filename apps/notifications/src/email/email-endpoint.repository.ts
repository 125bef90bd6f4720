import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';

/** Each agency's functional mailbox for notifications. */
@Injectable()
export class EmailEndpointRepository {
  async save(db: DataSource | EntityManager, agencyId: string, address: string): Promise<void> {
    await sqlOf<Tables>(db)
      .insertInto('email_endpoint')
      .values({ agency_id: agencyId, address })
      .onConflict((oc) => oc.column('agency_id').doUpdateSet({ address, updated_at: sql`now()` }))
      .execute();
  }
}

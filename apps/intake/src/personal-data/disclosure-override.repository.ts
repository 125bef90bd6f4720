import { Injectable } from '@nestjs/common';
import type { Insertable } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';

/** Supervisors' overrides of a person's consent for one agency, each with its sealed reason. */
@Injectable()
export class DisclosureOverrideRepository {
  async insert(manager: EntityManager, override: Insertable<Tables['disclosure_override']>): Promise<void> {
    await sqlOf<Tables>(manager).insertInto('disclosure_override').values(override).execute();
  }

  /** Whether the case's personal data was disclosed to the agency by an override. */
  async existsFor(source: DataSource | EntityManager, caseId: string, agencyId: string): Promise<boolean> {
    const row = await sqlOf<Tables>(source)
      .selectFrom('disclosure_override')
      .select((eb) => eb.lit(1).as('overridden'))
      .where('case_id', '=', caseId)
      .where('agency_id', '=', agencyId)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }
}

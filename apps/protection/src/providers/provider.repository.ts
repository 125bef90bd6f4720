import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AgencyType } from '@nrm/contracts';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';

/** The service providers of the seeded directory. */
@Injectable()
export class ProviderRepository {
  async find(manager: EntityManager, providerId: string) {
    const row = await sqlOf<Tables>(manager)
      .selectFrom('provider')
      .select(['agency_type', 'services', 'serves_children'])
      .where('provider_id', '=', providerId)
      .executeTakeFirst();
    return row && { ...row, agency_type: row.agency_type as AgencyType };
  }

  async exists(manager: EntityManager, providerId: string): Promise<boolean> {
    const row = await sqlOf<Tables>(manager)
      .selectFrom('provider')
      .select('provider_id')
      .where('provider_id', '=', providerId)
      .executeTakeFirst();
    return row !== undefined;
  }
}

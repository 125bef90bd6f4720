import { Injectable } from '@nestjs/common';
import type { Insertable } from 'kysely';
import type { EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';

/** What a charge version records: the article and aggravating circumstances cited, by whom and why. */
export type ChargeVersionRow = Insertable<Tables['charge_version']>;

/** Charges against suspects, each change kept as a version. */
@Injectable()
export class ChargeRepository {
  /** A new charge (version 1) and its first version row. */
  async insert(manager: EntityManager, charge: Insertable<Tables['charge']>): Promise<void> {
    await sqlOf<Tables>(manager).insertInto('charge').values(charge).execute();
    await this.appendVersion(manager, {
      charge_id: charge.charge_id,
      version: 1,
      law_code: charge.law_code,
      article: charge.article,
      aggravating: charge.aggravating,
      changed_by: charge.filed_by,
      changed_at: charge.filed_at,
    });
  }

  /** A charge of the investigation, locked for an amendment. */
  lock(manager: EntityManager, chargeId: string, investigationId: string) {
    return sqlOf<Tables>(manager)
      .selectFrom('charge')
      .select(['law_code', 'suspect_id', 'version', 'other_law_reference'])
      .where('charge_id', '=', chargeId)
      .where('investigation_id', '=', investigationId)
      .forUpdate()
      .executeTakeFirst();
  }

  /** A charge of the investigation, as a verdict cites it. */
  find(manager: EntityManager, chargeId: string, investigationId: string) {
    return sqlOf<Tables>(manager)
      .selectFrom('charge')
      .select(['suspect_id', 'law_code', 'article'])
      .where('charge_id', '=', chargeId)
      .where('investigation_id', '=', investigationId)
      .executeTakeFirst();
  }

  /** The charge's next version, and its row. */
  async amend(manager: EntityManager, version: ChargeVersionRow): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('charge')
      .set({ article: version.article, aggravating: version.aggravating, version: version.version })
      .where('charge_id', '=', version.charge_id)
      .execute();
    await this.appendVersion(manager, version);
  }

  private async appendVersion(manager: EntityManager, version: ChargeVersionRow): Promise<void> {
    await sqlOf<Tables>(manager).insertInto('charge_version').values(version).execute();
  }
}

import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Insertable } from 'kysely';
import type { EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';

/** Verdicts on charges, per court level, and the appeals against them. */
@Injectable()
export class VerdictRepository {
  /** Whether the charge already has a verdict at the court level. */
  async decidedAt(manager: EntityManager, chargeId: string, courtLevel: string): Promise<boolean> {
    const row = await sqlOf<Tables>(manager)
      .selectFrom('verdict')
      .select('verdict_id')
      .where('charge_id', '=', chargeId)
      .where('court_level', '=', courtLevel)
      .executeTakeFirst();
    return row !== undefined;
  }

  async insert(manager: EntityManager, verdict: Insertable<Tables['verdict']>): Promise<void> {
    await sqlOf<Tables>(manager).insertInto('verdict').values(verdict).execute();
  }

  /** A verdict's investigation and date (`YYYY-MM-DD`), when there is such a verdict. */
  find(manager: EntityManager, verdictId: string) {
    return sqlOf<Tables>(manager)
      .selectFrom('verdict')
      .select('investigation_id')
      .select(sql<string>`decided_on::text`.as('decided_on'))
      .where('verdict_id', '=', verdictId)
      .executeTakeFirst();
  }

  /** Whether the party has already appealed the verdict. */
  async appealedBy(manager: EntityManager, verdictId: string, party: string): Promise<boolean> {
    const row = await sqlOf<Tables>(manager)
      .selectFrom('appeal')
      .select('appeal_id')
      .where('verdict_id', '=', verdictId)
      .where('filed_by', '=', party)
      .executeTakeFirst();
    return row !== undefined;
  }

  async insertAppeal(manager: EntityManager, appeal: Insertable<Tables['appeal']>): Promise<void> {
    await sqlOf<Tables>(manager).insertInto('appeal').values(appeal).execute();
  }
}

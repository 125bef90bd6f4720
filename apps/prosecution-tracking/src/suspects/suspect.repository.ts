import { Injectable } from '@nestjs/common';
import type { Insertable } from 'kysely';
import type { EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';

/** Suspects of investigations; their identity is sealed under the suspect's own data key. */
@Injectable()
export class SuspectRepository {
  async insert(manager: EntityManager, suspect: Insertable<Tables['suspect']>): Promise<void> {
    await sqlOf<Tables>(manager).insertInto('suspect').values(suspect).execute();
  }

  /** Whether the suspect is one of the investigation's. */
  async isOf(manager: EntityManager, suspectId: string, investigationId: string): Promise<boolean> {
    const row = await sqlOf<Tables>(manager)
      .selectFrom('suspect')
      .select('suspect_id')
      .where('suspect_id', '=', suspectId)
      .where('investigation_id', '=', investigationId)
      .executeTakeFirst();
    return row !== undefined;
  }
}

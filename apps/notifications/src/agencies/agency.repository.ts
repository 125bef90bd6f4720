import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { Calendar, Language } from '@nrm/contracts';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';

/** The language and calendar an agency reads its notifications in. */
export interface AgencyPreferences {
  agencyId: string;
  language: Language;
  calendar: Calendar;
}

/** The agency directory: who may be notified, and how each agency reads. */
@Injectable()
export class AgencyRepository {
  async exists(db: DataSource | EntityManager, agencyId: string): Promise<boolean> {
    const row = await sqlOf<Tables>(db)
      .selectFrom('agency')
      .select('agency_id')
      .where('agency_id', '=', agencyId)
      .executeTakeFirst();
    return row !== undefined;
  }

  async preferencesOf(
    db: DataSource | EntityManager,
    agencyId: string,
  ): Promise<AgencyPreferences | undefined> {
    const row = await sqlOf<Tables>(db)
      .selectFrom('agency')
      .select(['language', 'calendar'])
      .where('agency_id', '=', agencyId)
      .executeTakeFirst();
    return row && { agencyId, language: row.language as Language, calendar: row.calendar as Calendar };
  }

  /** False for an agency not in the directory. */
  async setPreferences(db: DataSource | EntityManager, preferences: AgencyPreferences): Promise<boolean> {
    const { numUpdatedRows } = await sqlOf<Tables>(db)
      .updateTable('agency')
      .set({ language: preferences.language, calendar: preferences.calendar })
      .where('agency_id', '=', preferences.agencyId)
      .executeTakeFirstOrThrow();
    return numUpdatedRows > 0n;
  }
}

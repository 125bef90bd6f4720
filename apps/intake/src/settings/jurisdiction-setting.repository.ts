import { Injectable } from '@nestjs/common';
import type { Insertable } from 'kysely';
import type { EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';

/** What intake needs of the jurisdiction's policy (`seeds/jurisdictions/<code>.json`, key `intake`). */
export interface IntakeSettings {
  jurisdiction: string;
  reportAnonymousNoticesToPolice: boolean;
  policeAgencyId: string | null;
  urgentRiskAlertAgencyIds: string[];
}

/** The jurisdictions' intake settings, loaded by the seed command; one is the default. */
@Injectable()
export class JurisdictionSettingRepository {
  async defaultSettings(manager: EntityManager): Promise<IntakeSettings> {
    const r = await sqlOf<Tables>(manager)
      .selectFrom('jurisdiction_setting')
      .selectAll()
      .where('is_default', '=', true)
      .executeTakeFirst();
    if (!r) throw new Error('no default jurisdiction settings are loaded; run the seed command');
    return {
      jurisdiction: r.jurisdiction,
      reportAnonymousNoticesToPolice: r.report_anonymous_notices_to_police,
      policeAgencyId: r.police_agency_id,
      urgentRiskAlertAgencyIds: r.urgent_risk_alert_agency_ids,
    };
  }

  async upsert(manager: EntityManager, setting: Insertable<Tables['jurisdiction_setting']>): Promise<void> {
    const { jurisdiction: _, ...changes } = setting;
    await sqlOf<Tables>(manager)
      .insertInto('jurisdiction_setting')
      .values(setting)
      .onConflict((oc) => oc.column('jurisdiction').doUpdateSet(changes))
      .execute();
  }
}

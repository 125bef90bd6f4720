import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from 'typeorm';
import type { SeedContext } from '@nrm/service-kit';

/** What intake needs of the jurisdiction's policy (`seeds/jurisdictions/<code>.json`, key `intake`). */
export interface IntakeSettings {
  jurisdiction: string;
  reportAnonymousNoticesToPolice: boolean;
  policeAgencyId: string | null;
  urgentRiskAlertAgencyIds: string[];
}

interface PolicyFile {
  jurisdiction: string;
  isDefault: boolean;
  intake?: {
    reportAnonymousNoticesToPolice: boolean;
    policeAgencyId?: string;
    urgentRiskAlertAgencyIds: string[];
  };
}

export async function seedIntakeSettings({ dataSource, seedsDir }: SeedContext): Promise<string> {
  const dir = join(seedsDir, 'jurisdictions');
  const policies = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as PolicyFile);
  await dataSource.transaction(async (m) => {
    for (const p of policies) {
      if (!p.intake) throw new Error(`jurisdiction ${p.jurisdiction} has no intake settings`);
      await m.query(
        `INSERT INTO jurisdiction_setting (jurisdiction, is_default, report_anonymous_notices_to_police, police_agency_id,
           urgent_risk_alert_agency_ids)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (jurisdiction) DO UPDATE SET is_default = $2, report_anonymous_notices_to_police = $3,
           police_agency_id = $4, urgent_risk_alert_agency_ids = $5`,
        [
          p.jurisdiction,
          p.isDefault,
          p.intake.reportAnonymousNoticesToPolice,
          p.intake.policeAgencyId ?? null,
          p.intake.urgentRiskAlertAgencyIds,
        ],
      );
    }
  });
  return `intake settings for ${policies.map((p) => p.jurisdiction).join(', ')}`;
}

export async function defaultIntakeSettings(manager: EntityManager): Promise<IntakeSettings> {
  const rows: {
    jurisdiction: string;
    report_anonymous_notices_to_police: boolean;
    police_agency_id: string | null;
    urgent_risk_alert_agency_ids: string[];
  }[] = await manager.query(`SELECT * FROM jurisdiction_setting WHERE is_default`);
  if (rows.length === 0) throw new Error('no default jurisdiction settings are loaded; run the seed command');
  const r = rows[0];
  return {
    jurisdiction: r.jurisdiction,
    reportAnonymousNoticesToPolice: r.report_anonymous_notices_to_police,
    policeAgencyId: r.police_agency_id,
    urgentRiskAlertAgencyIds: r.urgent_risk_alert_agency_ids,
  };
}

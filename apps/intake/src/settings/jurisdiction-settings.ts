import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedContext } from '@nrm/service-kit';
import { JurisdictionSettingRepository } from './jurisdiction-setting.repository';

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
  const settings = new JurisdictionSettingRepository();
  await dataSource.transaction(async (m) => {
    for (const p of policies) {
      if (!p.intake) throw new Error(`jurisdiction ${p.jurisdiction} has no intake settings`);
      await settings.upsert(m, {
        jurisdiction: p.jurisdiction,
        is_default: p.isDefault,
        report_anonymous_notices_to_police: p.intake.reportAnonymousNoticesToPolice,
        police_agency_id: p.intake.policeAgencyId ?? null,
        urgent_risk_alert_agency_ids: p.intake.urgentRiskAlertAgencyIds,
      });
    }
  });
  return `intake settings for ${policies.map((p) => p.jurisdiction).join(', ')}`;
}

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedContext } from '@nrm/service-kit';
import { policyProblems } from './jurisdiction-policy';
import type { JurisdictionPolicy } from './jurisdiction-policy';

/** Loads every `seeds/jurisdictions/*.json` policy with its holidays; running it again replaces them. */
export async function seedJurisdictionPolicies({ dataSource, seedsDir }: SeedContext): Promise<string> {
  const dir = join(seedsDir, 'jurisdictions');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  const policies = files.map((f) => {
    const policy = JSON.parse(readFileSync(join(dir, f), 'utf8')) as JurisdictionPolicy;
    const problems = policyProblems(policy);
    if (problems.length) throw new Error(`${f}: ${problems.join('; ')}`);
    return policy;
  });
  await dataSource.transaction(async (m) => {
    for (const p of policies) {
      await m.query(
        `INSERT INTO jurisdiction_policy (jurisdiction, version, time_zone, weekend, preliminary_decision_working_days,
           recovery_period_days, recovery_period_minimum_days, competent_authority_agency_id, is_default,
           deadline_warning_working_days, reconsideration_working_days, final_decision_before_recovery_ends)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (jurisdiction) DO UPDATE SET version = $2, time_zone = $3, weekend = $4,
           preliminary_decision_working_days = $5, recovery_period_days = $6, recovery_period_minimum_days = $7,
           competent_authority_agency_id = $8, is_default = $9, deadline_warning_working_days = $10, reconsideration_working_days = $11,
           final_decision_before_recovery_ends = $12, loaded_at = now()`,
        [
          p.jurisdiction,
          p.version,
          p.timeZone,
          p.weekend,
          p.preliminaryDecisionWorkingDays,
          p.recoveryPeriodDays,
          p.recoveryPeriodMinimumDays,
          p.competentAuthorityAgencyId,
          p.isDefault,
          p.deadlineWarningWorkingDays ?? 1,
          p.reconsiderationWorkingDays ?? 10,
          p.finalDecisionBeforeRecoveryEnds ?? false,
        ],
      );
      await m.query(`DELETE FROM public_holiday WHERE jurisdiction = $1`, [p.jurisdiction]);
      for (const h of p.holidays) {
        await m.query(
          `INSERT INTO public_holiday (jurisdiction, holiday_on, name_en, name_ar) VALUES ($1, $2, $3, $4)`,
          [p.jurisdiction, h.date, h.nameEn, h.nameAr],
        );
      }
    }
  });
  return `${policies.length} jurisdiction policies (${policies.map((p) => `${p.jurisdiction} ${p.version}`).join(', ')})`;
}

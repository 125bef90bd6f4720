import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { sqlOf } from '@nrm/persistence';
import type { SeedContext } from '@nrm/service-kit';
import type { DB as Tables } from '../database/tables.generated';
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
    const db = sqlOf<Tables>(m);
    for (const p of policies) {
      const values = {
        version: p.version,
        time_zone: p.timeZone,
        weekend: p.weekend,
        preliminary_decision_working_days: p.preliminaryDecisionWorkingDays,
        recovery_period_days: p.recoveryPeriodDays,
        recovery_period_minimum_days: p.recoveryPeriodMinimumDays,
        competent_authority_agency_id: p.competentAuthorityAgencyId,
        is_default: p.isDefault,
        deadline_warning_working_days: p.deadlineWarningWorkingDays ?? 1,
        reconsideration_working_days: p.reconsiderationWorkingDays ?? 10,
        final_decision_before_recovery_ends: p.finalDecisionBeforeRecoveryEnds ?? false,
      };
      await db
        .insertInto('jurisdiction_policy')
        .values({ jurisdiction: p.jurisdiction, ...values })
        .onConflict((oc) => oc.column('jurisdiction').doUpdateSet({ ...values, loaded_at: sql`now()` }))
        .execute();
      await db.deleteFrom('public_holiday').where('jurisdiction', '=', p.jurisdiction).execute();
      for (const h of p.holidays) {
        await db
          .insertInto('public_holiday')
          .values({ jurisdiction: p.jurisdiction, holiday_on: h.date, name_en: h.nameEn, name_ar: h.nameAr })
          .execute();
      }
    }
  });
  return `${policies.length} jurisdiction policies (${policies.map((p) => `${p.jurisdiction} ${p.version}`).join(', ')})`;
}

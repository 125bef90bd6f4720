import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { WorkingDayCalendar } from '@nrm/calendar';
import type { WeekDay } from '@nrm/calendar';
import { dayText, sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';

export interface ActivePolicy {
  jurisdiction: string;
  version: string;
  timeZone: string;
  preliminaryDecisionWorkingDays: number;
  competentAuthorityAgencyId: string;
  deadlineWarningWorkingDays: number;
  recoveryPeriodDays: number;
  reconsiderationWorkingDays: number;
  finalDecisionBeforeRecoveryEnds: boolean;
  calendar: WorkingDayCalendar;
}

/**
 * How long a policy read is reused. The policy and its holidays change only when the seed command
 * loads a new version, which then applies within this time; every event and clock pass reads it.
 */
export const POLICY_CACHE_MS = 30_000;

/** Reads the jurisdiction policy in force; the platform serves the default jurisdiction. */
@Injectable()
export class PolicyRepository {
  private cached?: { policy: ActivePolicy; until: number };

  async defaultPolicy(manager: EntityManager): Promise<ActivePolicy> {
    const now = Date.now();
    if (this.cached && now < this.cached.until) return this.cached.policy;
    const policy = await this.read(manager);
    this.cached = { policy, until: now + POLICY_CACHE_MS };
    return policy;
  }

  private async read(manager: EntityManager): Promise<ActivePolicy> {
    const db = sqlOf<Tables>(manager);
    const p = await db
      .selectFrom('jurisdiction_policy')
      .select([
        'jurisdiction',
        'version',
        'time_zone',
        'weekend',
        'preliminary_decision_working_days',
        'competent_authority_agency_id',
        'deadline_warning_working_days',
        'recovery_period_days',
        'reconsideration_working_days',
        'final_decision_before_recovery_ends',
      ])
      .where('is_default', '=', true)
      .executeTakeFirst();
    if (!p) throw new Error('no default jurisdiction policy is loaded; run the seed command');
    const holidays = await db
      .selectFrom('public_holiday')
      .select(dayText('holiday_on').as('d'))
      .where('jurisdiction', '=', p.jurisdiction)
      .execute();
    return {
      jurisdiction: p.jurisdiction,
      version: p.version,
      timeZone: p.time_zone,
      preliminaryDecisionWorkingDays: p.preliminary_decision_working_days,
      competentAuthorityAgencyId: p.competent_authority_agency_id,
      deadlineWarningWorkingDays: p.deadline_warning_working_days,
      recoveryPeriodDays: p.recovery_period_days,
      reconsiderationWorkingDays: p.reconsideration_working_days,
      finalDecisionBeforeRecoveryEnds: p.final_decision_before_recovery_ends,
      calendar: new WorkingDayCalendar(
        p.weekend as WeekDay[],
        holidays.map((h) => h.d),
      ),
    };
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { WorkingDayCalendar } from '@nrm/calendar';
import type { WeekDay } from '@nrm/calendar';

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
    const rows: {
      jurisdiction: string;
      version: string;
      time_zone: string;
      weekend: WeekDay[];
      preliminary_decision_working_days: number;
      competent_authority_agency_id: string;
      deadline_warning_working_days: number;
      recovery_period_days: number;
      reconsideration_working_days: number;
      final_decision_before_recovery_ends: boolean;
    }[] = await manager.query(`SELECT * FROM jurisdiction_policy WHERE is_default`);
    if (rows.length === 0) throw new Error('no default jurisdiction policy is loaded; run the seed command');
    const p = rows[0];
    const holidays: { d: string }[] = await manager.query(
      `SELECT to_char(holiday_on, 'YYYY-MM-DD') AS d FROM public_holiday WHERE jurisdiction = $1`,
      [p.jurisdiction],
    );
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
        p.weekend,
        holidays.map((h) => h.d),
      ),
    };
  }
}

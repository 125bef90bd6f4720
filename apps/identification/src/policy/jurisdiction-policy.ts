import { WeekDays } from '@nrm/calendar';
import type { WeekDay } from '@nrm/calendar';

/** A jurisdiction's identification policy, as seeded from `seeds/jurisdictions/<code>.json`. */
export interface JurisdictionPolicy {
  jurisdiction: string;
  version: string;
  timeZone: string;
  weekend: WeekDay[];
  preliminaryDecisionWorkingDays: number;
  recoveryPeriodDays: number;
  recoveryPeriodMinimumDays: number;
  competentAuthorityAgencyId: string;
  deadlineWarningWorkingDays: number;
  reconsiderationWorkingDays: number;
  finalDecisionBeforeRecoveryEnds: boolean;
  isDefault: boolean;
  holidays: { date: string; nameEn: string; nameAr: string }[];
}

/** Checks a policy file; returns what is wrong with it, by field. */
export function policyProblems(policy: JurisdictionPolicy): string[] {
  const problems: string[] = [];
  if (!/^[A-Z]{2}$/.test(policy.jurisdiction))
    problems.push('jurisdiction must be an ISO 3166-1 alpha-2 code');
  if (!policy.weekend.every((d) => (WeekDays as readonly string[]).includes(d))) {
    problems.push(`weekend days must be among ${WeekDays.join(', ')}`);
  }
  if (!Number.isInteger(policy.preliminaryDecisionWorkingDays) || policy.preliminaryDecisionWorkingDays < 1) {
    problems.push('preliminaryDecisionWorkingDays must be a positive integer');
  }
  if (policy.recoveryPeriodDays < policy.recoveryPeriodMinimumDays) {
    problems.push('recoveryPeriodDays must not be below recoveryPeriodMinimumDays');
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: policy.timeZone });
  } catch {
    problems.push('timeZone must be an IANA time zone');
  }
  return problems;
}

import { LocalDate } from '@nrm/calendar';
import type { ReturnRiskLevel } from '@nrm/contracts';
import { ProtectionRuleRefused } from '../cases/case-rules';

export type ReturnStatus = 'planned' | 'completed' | 'cancelled';

/** Follow-ups after a return, in months from the day of return. */
export const FOLLOW_UP_MONTHS = [3, 6, 12] as const;

/**
 * A return is voluntary: it needs the person's consent. A high-risk return, or a child's, needs a
 * supervisor to plan it. A case has one return plan at a time.
 */
export function planReturn(q: { current: ReturnStatus | undefined; consentToReturn: boolean }): 'planned' {
  if (!q.consentToReturn)
    throw new ProtectionRuleRefused("a return is voluntary: it needs the person's consent");
  if (q.current === 'planned')
    throw new ProtectionRuleRefused('a return is already planned; cancel it first');
  if (q.current === 'completed') throw new ProtectionRuleRefused('the person has already returned');
  return 'planned';
}

export function returnNeedsSupervisor(riskLevel: ReturnRiskLevel, personIsChild: boolean): boolean {
  return riskLevel === 'high' || personIsChild;
}

/** The person travelled: only a planned return, with nobody still holding a shelter bed for them. */
export function completeReturn(
  q: { current: ReturnStatus | undefined; activePlacements: number },
  returnedOn: LocalDate,
  today: LocalDate,
): LocalDate[] {
  if (q.current !== 'planned') throw new ProtectionRuleRefused('there is no planned return to complete');
  if (today.isBefore(returnedOn))
    throw new ProtectionRuleRefused('a return is completed on or after the day of travel');
  if (q.activePlacements > 0) {
    throw new ProtectionRuleRefused('check the person out of the shelter before completing the return');
  }
  return FOLLOW_UP_MONTHS.map((months) => returnedOn.plusMonths(months));
}

/** When to remind of a permit's expiry: `daysBefore` it, or today when that has passed. */
export function residenceReminderOn(expiresOn: LocalDate, daysBefore: number, today: LocalDate): LocalDate {
  const on = expiresOn.plusDays(-daysBefore);
  return on.isBefore(today) ? today : on;
}

import { LocalDate } from '@nrm/calendar';
import type { CourtTaskType, ProtectiveMeasure } from '@nrm/contracts';

/** Days before a hearing its tasks are due. */
export const DAYS_BEFORE_HEARING = 2;

/**
 * The tasks a testimony implies: each measure protection arranges (interpreter, legal aid,
 * transport), and always a review of the risks to the person of testifying.
 */
export function courtTasks(measures: readonly ProtectiveMeasure[]): CourtTaskType[] {
  const arranged: CourtTaskType[] = ['interpreter', 'legal_aid', 'transport'];
  return [...arranged.filter((t) => measures.includes(t)), 'risk_review'];
}

/** Due a little before the hearing, and never in the past. */
export function courtTasksDueOn(hearingDate: LocalDate, today: LocalDate): LocalDate {
  const due = hearingDate.plusDays(-DAYS_BEFORE_HEARING);
  return due.isBefore(today) ? today : due;
}

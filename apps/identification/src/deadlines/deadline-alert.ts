import type { LocalDate, WorkingDayCalendar } from '@nrm/calendar';

export interface DeadlineState {
  dueOn: LocalDate;
  warned: boolean;
  breached: boolean;
}

export interface DeadlineAlert {
  kind: 'approaching' | 'breached';
  /** Working days left; negative once overdue. */
  workingDaysLeft: number;
}

/**
 * Which alert a deadline owes today, if any. A deadline is breached once its due day has passed in
 * the jurisdiction, and approaching from `warningWorkingDays` working days before it. Each alert is
 * owed once: a breach found late (the service was down) is raised without a stale warning first.
 */
export function deadlineAlertDue(
  deadline: DeadlineState,
  today: LocalDate,
  calendar: WorkingDayCalendar,
  warningWorkingDays: number,
): DeadlineAlert | undefined {
  const workingDaysLeft = calendar.workingDaysBetween(today, deadline.dueOn);
  if (deadline.dueOn.isBefore(today)) {
    return deadline.breached ? undefined : { kind: 'breached', workingDaysLeft };
  }
  if (!deadline.warned && workingDaysLeft <= warningWorkingDays)
    return { kind: 'approaching', workingDaysLeft };
  return undefined;
}

import { LocalDate } from '@nrm/calendar';

/** A broken rule, named by the request field it concerns. */
export interface NoticeViolation {
  field: string;
  message: string;
}

/**
 * Why an anonymous notice cannot be recorded (the problem's detail and field), if it cannot: a
 * person of unknown age is handled as a child and referred; the encounter is a real, past date.
 */
export function noticeRefusal(
  notice: { estimatedAge?: number; encounter: { date: string } },
  today: LocalDate,
): { detail: string; violation: NoticeViolation } | undefined {
  if (notice.estimatedAge === undefined) {
    return {
      detail: 'a person of unknown age is handled as a child and is referred',
      violation: {
        field: 'estimatedAge',
        message: 'estimatedAge is required: without it the person is handled as a child',
      },
    };
  }
  let encounter: LocalDate;
  try {
    encounter = LocalDate.parse(notice.encounter.date);
  } catch {
    return {
      detail: 'the notice breaks a rule',
      violation: { field: 'encounter.date', message: 'encounter.date is not a real date' },
    };
  }
  if (today.isBefore(encounter)) {
    return {
      detail: 'the notice breaks a rule',
      violation: { field: 'encounter.date', message: 'encounter.date is in the future' },
    };
  }
  return undefined;
}

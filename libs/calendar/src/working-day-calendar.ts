import { LocalDate } from './local-date';

export const WeekDays = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const;
export type WeekDay = (typeof WeekDays)[number];

/**
 * A jurisdiction's working-day calendar: its weekend and its public holidays. Kuwait's weekend is
 * Friday and Saturday; its holidays come from seeded policy data, never from code.
 */
export class WorkingDayCalendar {
  private readonly weekend: ReadonlySet<number>;
  private readonly holidays: ReadonlySet<string>;

  constructor(weekend: readonly WeekDay[], holidays: Iterable<string>) {
    if (weekend.length >= 7) throw new RangeError('a calendar needs at least one working day a week');
    this.weekend = new Set(weekend.map((d) => WeekDays.indexOf(d)));
    this.holidays = new Set([...holidays].map((h) => LocalDate.parse(h).toString()));
  }

  isWorkingDay(date: LocalDate): boolean {
    return !this.weekend.has(date.dayOfWeek()) && !this.holidays.has(date.toString());
  }

  /**
   * The date `workingDays` working days after `start`. The start day itself never counts, so a
   * referral made on a weekend or holiday gets the same target as one made on the next working day.
   */
  addWorkingDays(start: LocalDate, workingDays: number): LocalDate {
    if (!Number.isInteger(workingDays) || workingDays < 0) {
      throw new RangeError(`working days must be a non-negative integer, got ${workingDays}`);
    }
    let date = start;
    let remaining = workingDays;
    while (remaining > 0) {
      date = date.plusDays(1);
      if (this.isWorkingDay(date)) remaining -= 1;
    }
    return date;
  }

  /** Working days from `from` (exclusive) to `to` (inclusive); negative when `to` is before `from`. */
  workingDaysBetween(from: LocalDate, to: LocalDate): number {
    const sign = from.isBefore(to) ? 1 : -1;
    let count = 0;
    for (let d = from; !d.equals(to); d = d.plusDays(sign)) {
      const next = d.plusDays(sign);
      if (this.isWorkingDay(sign > 0 ? next : d)) count += sign;
    }
    return count;
  }
}

import { LocalDate } from './local-date';
import { WorkingDayCalendar } from './working-day-calendar';

const d = (s: string) => LocalDate.parse(s);
const kuwait = new WorkingDayCalendar(
  ['FRI', 'SAT'],
  ['2026-02-25', '2026-02-26', '2026-12-31', '2027-01-01'],
);
const uk = new WorkingDayCalendar(['SAT', 'SUN'], []);

describe('WorkingDayCalendar', () => {
  it('skips a Friday-Saturday weekend', () => {
    // Thursday 2026-11-26 + 1 working day = Sunday 2026-11-29
    expect(kuwait.addWorkingDays(d('2026-11-26'), 1).toString()).toBe('2026-11-29');
    // Sunday + 5 working days = the following Sunday (Mon..Thu, Sun)
    expect(kuwait.addWorkingDays(d('2026-11-29'), 5).toString()).toBe('2026-12-06');
  });

  it('skips a Saturday-Sunday weekend for another jurisdiction', () => {
    expect(uk.addWorkingDays(d('2026-11-27'), 1).toString()).toBe('2026-11-30');
  });

  it('skips public holidays', () => {
    // Tue 2026-02-24 + 1: Wed 25 and Thu 26 are National and Liberation Day, Fri-Sat weekend -> Sun 1 March
    expect(kuwait.addWorkingDays(d('2026-02-24'), 1).toString()).toBe('2026-03-01');
  });

  it('crosses month and year ends', () => {
    // Wed 2026-12-30 + 2: Thu 31 Dec holiday, Fri 1 Jan holiday and weekend, Sat weekend -> Sun 3, Mon 4 Jan
    expect(kuwait.addWorkingDays(d('2026-12-30'), 2).toString()).toBe('2027-01-04');
    expect(uk.addWorkingDays(d('2028-02-28'), 1).toString()).toBe('2028-02-29');
  });

  it('gives a referral on a weekend the same target as one on the next working day', () => {
    expect(kuwait.addWorkingDays(d('2026-11-27'), 5).toString()).toBe(
      kuwait.addWorkingDays(d('2026-11-28'), 5).toString(),
    );
  });

  it('returns the start for zero days and refuses negative or fractional days', () => {
    expect(kuwait.addWorkingDays(d('2026-11-27'), 0).toString()).toBe('2026-11-27');
    expect(() => kuwait.addWorkingDays(d('2026-11-27'), -1)).toThrow(RangeError);
    expect(() => kuwait.addWorkingDays(d('2026-11-27'), 1.5)).toThrow(RangeError);
  });

  it('counts working days between two dates', () => {
    expect(kuwait.workingDaysBetween(d('2026-11-29'), d('2026-12-06'))).toBe(5);
    expect(kuwait.workingDaysBetween(d('2026-12-06'), d('2026-11-29'))).toBe(-5);
  });

  it('refuses a calendar without working days', () => {
    expect(() => new WorkingDayCalendar(['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'], [])).toThrow(
      RangeError,
    );
  });
});

describe('LocalDate', () => {
  it('rejects impossible dates', () => {
    expect(() => LocalDate.parse('2026-02-30')).toThrow(RangeError);
    expect(() => LocalDate.parse('26-2-3')).toThrow(RangeError);
  });

  it('takes the date of an instant in the jurisdiction time zone', () => {
    // 22:30 UTC on 28 Nov is 01:30 on 29 Nov in Kuwait (UTC+3)
    expect(LocalDate.of(new Date('2026-11-28T22:30:00Z'), 'Asia/Kuwait').toString()).toBe('2026-11-29');
  });
});

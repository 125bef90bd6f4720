import { isCalendarDate } from './calendar-date';

describe('calendar dates in requests', () => {
  it('takes real dates only, leap days included', () => {
    expect(isCalendarDate('2027-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-02-30')).toBe(false);
    expect(isCalendarDate('2027-13-01')).toBe(false);
    expect(isCalendarDate('27-01-01')).toBe(false);
    expect(isCalendarDate(20270101)).toBe(false);
  });
});

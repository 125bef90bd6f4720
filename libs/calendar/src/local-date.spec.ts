import { LocalDate } from './local-date';

describe('LocalDate', () => {
  it('adds months, keeping the day or clamping it to the month end', () => {
    const d = (s: string) => LocalDate.parse(s);
    expect(d('2026-12-05').plusMonths(3).toString()).toBe('2027-03-05');
    expect(d('2026-11-30').plusMonths(3).toString()).toBe('2027-02-28');
    expect(d('2027-11-30').plusMonths(3).toString()).toBe('2028-02-29');
    expect(d('2026-08-31').plusMonths(6).toString()).toBe('2027-02-28');
    expect(d('2026-12-31').plusMonths(12).toString()).toBe('2027-12-31');
    expect(d('2027-03-31').plusMonths(-1).toString()).toBe('2027-02-28');
  });
});

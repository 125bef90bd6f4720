import { digestDue, minutesOfDay } from './daily-digest';

describe('daily digest timing', () => {
  it('is owed from the local digest time, dated today and covering yesterday', () => {
    // 04:30 UTC is 07:30 in Kuwait (UTC+3).
    const due = digestDue(new Date('2026-12-07T04:30:00Z'), 'Asia/Kuwait', '07:00');
    expect(due?.digestDate.toString()).toBe('2026-12-07');
    expect(due?.coveredDay.toString()).toBe('2026-12-06');
    expect(digestDue(new Date('2026-12-07T03:59:00Z'), 'Asia/Kuwait', '07:00')).toBeUndefined();
  });

  it('takes the local date, not the UTC one, across midnight, month and year ends', () => {
    // 22:00 UTC on 31 December is 01:00 on 1 January in Kuwait.
    const due = digestDue(new Date('2026-12-31T22:00:00Z'), 'Asia/Kuwait', '00:30');
    expect(due?.digestDate.toString()).toBe('2027-01-01');
    expect(due?.coveredDay.toString()).toBe('2026-12-31');
    const march = digestDue(new Date('2027-03-01T05:00:00Z'), 'Asia/Kuwait', '07:00');
    expect(march?.coveredDay.toString()).toBe('2027-02-28');
  });

  it('reads HH:MM and refuses anything else', () => {
    expect(minutesOfDay('07:00')).toBe(420);
    expect(minutesOfDay('23:59')).toBe(1439);
    expect(() => minutesOfDay('7:00')).toThrow('HH:MM');
    expect(() => minutesOfDay('24:00')).toThrow();
  });
});

import { LocalDate } from '@nrm/calendar';
import { completeReturn, planReturn, residenceReminderOn, returnNeedsSupervisor } from './return-rules';

const d = (s: string) => LocalDate.parse(s);

describe('return and reintegration rules', () => {
  it('plans only a voluntary return, one at a time', () => {
    expect(planReturn({ current: undefined, consentToReturn: true })).toBe('planned');
    expect(planReturn({ current: 'cancelled', consentToReturn: true })).toBe('planned');
    expect(() => planReturn({ current: undefined, consentToReturn: false })).toThrow('voluntary');
    expect(() => planReturn({ current: 'planned', consentToReturn: true })).toThrow('already planned');
    expect(() => planReturn({ current: 'completed', consentToReturn: true })).toThrow('already returned');
  });

  it("needs a supervisor for a high-risk return or a child's", () => {
    expect(returnNeedsSupervisor('high', false)).toBe(true);
    expect(returnNeedsSupervisor('low', true)).toBe(true);
    expect(returnNeedsSupervisor('medium', false)).toBe(false);
  });

  it('completes a planned return with follow-ups at 3, 6 and 12 months', () => {
    expect(
      completeReturn({ current: 'planned', activePlacements: 0 }, d('2026-11-30'), d('2026-12-01')).map(
        String,
      ),
    ).toEqual(['2027-02-28', '2027-05-30', '2027-11-30']);
    expect(() =>
      completeReturn({ current: 'planned', activePlacements: 1 }, d('2026-11-30'), d('2026-12-01')),
    ).toThrow('check the person out');
    expect(() =>
      completeReturn({ current: 'planned', activePlacements: 0 }, d('2026-12-02'), d('2026-12-01')),
    ).toThrow('on or after the day of travel');
    expect(() =>
      completeReturn({ current: undefined, activePlacements: 0 }, d('2026-11-30'), d('2026-12-01')),
    ).toThrow('no planned return');
  });

  it('reminds of a permit expiry ahead of time, or at once when that time has passed', () => {
    expect(residenceReminderOn(d('2027-03-01'), 30, d('2026-12-01')).toString()).toBe('2027-01-30');
    expect(residenceReminderOn(d('2026-12-10'), 30, d('2026-12-01')).toString()).toBe('2026-12-01');
  });
});

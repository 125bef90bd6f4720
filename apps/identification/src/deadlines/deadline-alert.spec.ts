import { LocalDate, WorkingDayCalendar } from '@nrm/calendar';
import { deadlineAlertDue } from './deadline-alert';

const d = (s: string) => LocalDate.parse(s);
const kuwait = new WorkingDayCalendar(['FRI', 'SAT'], []);
const due = (warned = false, breached = false) => ({ dueOn: d('2026-12-06'), warned, breached }); // a Sunday

describe('deadlineAlertDue', () => {
  it('owes nothing while the deadline is far', () => {
    expect(deadlineAlertDue(due(), d('2026-11-30'), kuwait, 1)).toBeUndefined();
  });

  it('warns once within the warning window, counted in working days', () => {
    // Thursday 3 Dec: Friday and Saturday are the weekend, so Sunday 6 Dec is one working day away.
    expect(deadlineAlertDue(due(), d('2026-12-03'), kuwait, 1)).toEqual({
      kind: 'approaching',
      workingDaysLeft: 1,
    });
    expect(deadlineAlertDue(due(true), d('2026-12-03'), kuwait, 1)).toBeUndefined();
    expect(deadlineAlertDue(due(), d('2026-12-06'), kuwait, 1)).toEqual({
      kind: 'approaching',
      workingDaysLeft: 0,
    });
  });

  it('breaches once the due day has passed, even if the warning was missed', () => {
    expect(deadlineAlertDue(due(), d('2026-12-07'), kuwait, 1)).toEqual({
      kind: 'breached',
      workingDaysLeft: -1,
    });
    expect(deadlineAlertDue(due(true), d('2026-12-09'), kuwait, 1)).toEqual({
      kind: 'breached',
      workingDaysLeft: -3,
    });
    expect(deadlineAlertDue(due(true, true), d('2026-12-09'), kuwait, 1)).toBeUndefined();
  });
});

import { LocalDate } from '@nrm/calendar';
import { noticeRefusal } from './anonymous-notice-rules';

describe('noticeRefusal', () => {
  const today = LocalDate.parse('2026-12-04');

  it('refers a person of unknown age instead', () => {
    expect(noticeRefusal({ encounter: { date: '2026-12-01' } }, today)?.violation.field).toBe('estimatedAge');
  });

  it('needs a real encounter date, not in the future', () => {
    expect(noticeRefusal({ estimatedAge: 30, encounter: { date: '2026-02-30' } }, today)?.violation).toEqual({
      field: 'encounter.date',
      message: 'encounter.date is not a real date',
    });
    expect(
      noticeRefusal({ estimatedAge: 30, encounter: { date: '2026-12-05' } }, today)?.violation.message,
    ).toBe('encounter.date is in the future');
    expect(noticeRefusal({ estimatedAge: 30, encounter: { date: '2026-12-04' } }, today)).toBeUndefined();
  });
});

import { LocalDate } from '@nrm/calendar';
import { courtTasks, courtTasksDueOn } from './court-task-rules';

describe('court-linked tasks', () => {
  it('arranges what protection provides, and always reviews the risk of testifying', () => {
    expect(courtTasks(['interpreter', 'video_link', 'legal_aid'])).toEqual([
      'interpreter',
      'legal_aid',
      'risk_review',
    ]);
    expect(courtTasks(['closed_session'])).toEqual(['risk_review']);
    expect(courtTasks(['transport', 'interpreter', 'legal_aid', 'risk_review'])).toEqual([
      'interpreter',
      'legal_aid',
      'transport',
      'risk_review',
    ]);
  });

  it('falls due two days before the hearing, or today when that has passed', () => {
    const today = LocalDate.parse('2027-01-01');
    expect(courtTasksDueOn(LocalDate.parse('2027-01-20'), today).toString()).toBe('2027-01-18');
    expect(courtTasksDueOn(LocalDate.parse('2027-01-02'), today).toString()).toBe('2027-01-01');
  });
});

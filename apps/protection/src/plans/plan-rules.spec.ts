import { LocalDate } from '@nrm/calendar';
import { planNeeds } from './plan-rules';

const today = LocalDate.parse('2026-12-30');

describe('service plan rules', () => {
  it('dates each need from its priority, across month and year ends, urgent first', () => {
    expect(
      planNeeds(
        [
          { needType: 'legal_aid', priority: 'normal' },
          { needType: 'shelter', priority: 'urgent' },
          { needType: 'medical', priority: 'high' },
        ],
        today,
      ),
    ).toEqual([
      { needType: 'shelter', priority: 'urgent', dueOn: '2026-12-31' },
      { needType: 'medical', priority: 'high', dueOn: '2027-01-06' },
      { needType: 'legal_aid', priority: 'normal', dueOn: '2027-01-29' },
    ]);
  });

  it('keeps a given due date, but not one in the past', () => {
    expect(
      planNeeds([{ needType: 'documents', priority: 'normal', dueOn: '2027-02-01' }], today)[0].dueOn,
    ).toBe('2027-02-01');
    expect(() =>
      planNeeds([{ needType: 'documents', priority: 'normal', dueOn: '2026-12-29' }], today),
    ).toThrow('in the past');
  });

  it('refuses a need named twice', () => {
    expect(() =>
      planNeeds(
        [
          { needType: 'shelter', priority: 'urgent' },
          { needType: 'shelter', priority: 'normal' },
        ],
        today,
      ),
    ).toThrow('shelter is named twice');
  });
});

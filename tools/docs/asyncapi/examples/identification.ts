/** Examples of identification's events. */
import type { EventDocumentation } from './shared';
import { CASE_ID, CASE_REFERENCE, one } from './shared';

const recoveryPeriod = { caseId: CASE_ID, startsOn: '2026-03-18', endsOn: '2026-05-02', days: 45 };

export const IdentificationEvents: Record<string, EventDocumentation> = {
  'nrm.identification.screening-opened': {
    summary: 'The competent authority opened a screening for a referred case, with its decision target date.',
    examples: one('Screening under the 2026.1 policy of Kuwait', CASE_ID, {
      caseId: CASE_ID,
      screeningId: 'd2f4a6c8-0b1d-4e3f-a5b7-c9d1e3f5a7b9',
      caseReference: CASE_REFERENCE,
      referringAgencyId: 'kw-moi-police',
      assignedAgencyId: 'kw-nrm-competent-authority',
      openedAt: '2026-03-14T09:32:12.870Z',
      preliminaryDecisionDueOn: '2026-03-19',
      preliminaryDecisionWorkingDays: 5,
      jurisdiction: 'KW',
      policyVersion: '2026.1',
    }),
  },
  'nrm.identification.deadline-approaching': {
    summary: 'A legal deadline of a case is close.',
    examples: one('One working day left for the preliminary decision', CASE_ID, {
      caseId: CASE_ID,
      deadlineId: 'e1a3c5e7-9b0d-4f2a-8c4e-6a8b0c2d4e6f',
      caseReference: CASE_REFERENCE,
      kind: 'preliminary_decision',
      dueOn: '2026-03-19',
      responsibleAgencyId: 'kw-nrm-competent-authority',
      workingDaysLeft: 1,
    }),
  },
  'nrm.identification.deadline-breached': {
    summary: 'A legal deadline of a case has passed (workingDaysLeft is negative).',
    examples: one('The preliminary decision is two working days overdue', CASE_ID, {
      caseId: CASE_ID,
      deadlineId: 'e1a3c5e7-9b0d-4f2a-8c4e-6a8b0c2d4e6f',
      caseReference: CASE_REFERENCE,
      kind: 'preliminary_decision',
      dueOn: '2026-03-19',
      responsibleAgencyId: 'kw-nrm-competent-authority',
      workingDaysLeft: -2,
    }),
  },
  'nrm.identification.preliminary-decision-recorded': {
    summary: 'The reasonable-grounds decision: presumed victim or not. Reasons stay in identification.',
    examples: one('A positive decision within its target', CASE_ID, {
      caseId: CASE_ID,
      caseReference: CASE_REFERENCE,
      outcome: 'positive',
      decidedAt: '2026-03-18T12:20:03.442Z',
      decidedByAgencyId: 'kw-nrm-competent-authority',
      referringAgencyId: 'kw-moi-police',
      withinTarget: true,
      reconsideration: false,
    }),
  },
  'nrm.identification.recovery-period-started': {
    summary: 'The recovery and reflection period started: support, and no removal, while it runs.',
    examples: one('45 days', CASE_ID, recoveryPeriod),
  },
  'nrm.identification.recovery-period-extended': {
    summary: 'The recovery and reflection period was extended, with the reason.',
    examples: one('Extended by 30 days for mental health', CASE_ID, {
      ...recoveryPeriod,
      endsOn: '2026-06-01',
      days: 75,
      extensionReason: 'mental_health',
    }),
  },
  'nrm.identification.recovery-period-ended': {
    summary: 'The recovery and reflection period ended.',
    examples: one('Ended after 45 days', CASE_ID, recoveryPeriod),
  },
  'nrm.identification.final-decision-recorded': {
    summary:
      'The conclusive-grounds decision; a negative one is recorded only once a second reviewer approved it.',
    examples: one('Confirmed as a victim', CASE_ID, {
      caseId: CASE_ID,
      caseReference: CASE_REFERENCE,
      outcome: 'confirmed',
      decidedAt: '2026-04-27T09:48:30.105Z',
      decidedByAgencyId: 'kw-nrm-competent-authority',
      referringAgencyId: 'kw-moi-police',
      reconsideration: false,
    }),
  },
  'nrm.identification.reconsideration-requested': {
    summary: 'A negative decision reopened on request with new information, with its own deadline.',
    examples: one('An NGO asks to reconsider a negative preliminary decision', CASE_ID, {
      caseId: CASE_ID,
      stage: 'preliminary',
      requestedByAgencyId: 'ngo-migrant-support',
      dueOn: '2026-03-30',
    }),
  },
  'nrm.identification.reconsideration-decided': {
    summary: 'A reconsidered decision was taken again; the decision itself is also recorded as usual.',
    examples: one('Positive on reconsideration', CASE_ID, {
      caseId: CASE_ID,
      stage: 'preliminary',
      outcome: 'positive',
      decidedAt: '2026-03-27T10:11:09.000Z',
    }),
  },

  'nrm.identification.indicators-assessed': {
    summary:
      'An indicator assessment was completed: dimension results and the indicators found, per list, with the advice of the catalogue rule; evidence notes stay in identification.',
    examples: one('Adult labour, trafficking indicated', CASE_ID, {
      caseId: CASE_ID,
      assessmentId: 'b5a0c1f2-9d3e-4c7a-8f21-6e5d4c3b2a19',
      catalogueVersion: 'kw-2026.1',
      ruleVersion: 'ilo-ec-2009.1',
      outcome: 'indicated',
      complete: true,
      restsOnWeakProvenance: true,
      personIsChild: false,
      lists: [
        {
          list: 'adult-labour',
          outcome: 'indicated',
          dimensions: [
            {
              dimension: 'D1',
              positive: true,
              presentIndicatorIds: ['AL-D1-deceived-about-job', 'AL-D1-deceived-about-wages'],
            },
            { dimension: 'D2', positive: false, presentIndicatorIds: [] },
            { dimension: 'D3', positive: false, presentIndicatorIds: ['AL-D3-economic-reasons'] },
            {
              dimension: 'D4',
              positive: true,
              presentIndicatorIds: ['AL-D4-excessive-working-days-or-hours', 'AL-D4-low-or-no-salary'],
            },
            {
              dimension: 'D5',
              positive: true,
              presentIndicatorIds: ['AL-D5-confiscation-of-documents', 'AL-D5-kw-passport-held-by-sponsor'],
            },
            { dimension: 'D6', positive: false, presentIndicatorIds: [] },
          ],
        },
      ],
      reassessment: false,
      assessedAt: '2026-03-16T09:40:00.000Z',
    }),
  },
  'nrm.identification.indicator-catalogue-adopted': {
    summary:
      'The competent authority adopted an indicator catalogue version (a second administrator approving the one who loaded it); assessments started from now on use it.',
    examples: one('A national revision adopted', '8d4c2f7e-3b1a-4e6f-9c2d-1a0b9e8f7d6c', {
      catalogueVersion: 'kw-2026.2',
      previousVersion: 'kw-2026.1',
      ruleVersion: 'ilo-ec-2009.1',
      jurisdiction: 'KW',
      adoptedAt: '2026-05-03T08:00:00.000Z',
    }),
  },
};

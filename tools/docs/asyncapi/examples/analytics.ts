/**
 * Examples of the analytics records: generalised values, as analysts receive them.
 */
import type { EventDocumentation } from './shared';
import { PERSON_PSEUDONYM, INVESTIGATION_PSEUDONYM, one } from './shared';

export const AnalyticsEvents: Record<string, EventDocumentation> = {
  'nrm.analytics.referral-recorded': {
    summary:
      'A referral of a presumed victim, generalised: the month, age band, sex, nationalities, exploitation, means of control and recruitment.',
    examples: one('An adult woman referred by the police in March 2026', PERSON_PSEUDONYM, {
      month: '2026-03',
      referralChannel: 'police',
      referringAgencyType: 'police',
      ageBand: '24-26',
      child: false,
      sex: 'female',
      nationalities: ['PH'],
      exploitationTypes: ['domestic_servitude'],
      meansOfControl: ['withholds_documents', 'restricts_movement', 'excessive_working_hours'],
      recruitmentMethod: 'recruitment_agency',
      immediateRisk: false,
    }),
  },
  'nrm.analytics.anonymous-notice-counted': {
    summary:
      'An anonymous notice: counted in statistics, never linked to a person or a case (key `anonymous`).',
    examples: one('A man encountered by an NGO in February 2026', 'anonymous', {
      month: '2026-02',
      referralChannel: 'ngo',
      ageBand: '30-38',
      sex: 'male',
      nationalities: ['NP'],
      exploitationTypes: ['forced_labour'],
    }),
  },
  'nrm.analytics.case-stage-reached': {
    summary:
      'A case reached a stage: the month, the outcome where there is one, the service type for service stages, and the whole days since referral.',
    examples: [
      {
        name: 'decision',
        summary: 'A positive preliminary decision four days after referral',
        key: PERSON_PSEUDONYM,
        payload: {
          stage: 'preliminary_decision',
          month: '2026-03',
          outcome: 'positive',
          daysSinceReferral: 4,
        },
      },
      {
        name: 'indicators',
        summary: 'An indicator assessment two days after referral advised that trafficking is indicated',
        key: PERSON_PSEUDONYM,
        payload: {
          stage: 'indicators_assessed',
          month: '2026-03',
          outcome: 'indicated',
          daysSinceReferral: 2,
        },
      },
      {
        name: 'service',
        summary: 'Legal aid delivered 41 days after referral',
        key: PERSON_PSEUDONYM,
        payload: {
          stage: 'service_delivered',
          month: '2026-04',
          serviceType: 'legal_aid',
          daysSinceReferral: 41,
        },
      },
    ],
  },
  'nrm.analytics.prosecution-stage-reached': {
    summary:
      'A proceeding reached a stage (key: a pseudonym of the investigation); articles are `lawCode:article`; suspects are never identified.',
    examples: one(
      'A conviction under article 2 in an investigation with two linked cases',
      INVESTIGATION_PSEUDONYM,
      {
        stage: 'verdict',
        month: '2026-11',
        article: 'kw-91-2013:2',
        verdictOutcome: 'convicted',
        linkedCases: 2,
      },
    ),
  },
};

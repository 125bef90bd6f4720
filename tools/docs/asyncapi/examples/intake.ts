/** Examples of intake's events. */
import type { EventDocumentation } from './shared';
import { CASE_ID, OTHER_CASE_ID, CASE_REFERENCE, NOTICE_ID, one } from './shared';

const referralFacts = {
  personIsChild: false,
  sex: 'female',
  nationalities: ['PH'],
  ageBand: '24-26',
  meansOfControl: ['withholds_documents', 'restricts_movement', 'excessive_working_hours'],
  immediateRisks: [],
  requiresImmediateProtection: false,
};

export const IntakeEvents: Record<string, EventDocumentation> = {
  'nrm.intake.referral-received': {
    summary:
      "A first responder's referral was received: only the non-identifying facts other services need; the person's identity stays encrypted in intake.",
    examples: one('An adult referred by the police, agreeing to sharing and to statistics', CASE_ID, {
      caseId: CASE_ID,
      caseReference: CASE_REFERENCE,
      referringAgencyId: 'kw-moi-police',
      referralChannel: 'police',
      referredAt: '2026-03-14T09:32:11.204Z',
      ...referralFacts,
      exploitationTypes: ['domestic_servitude'],
      interpreterNeeded: true,
      recruitmentMethod: 'recruitment_agency',
      joinedAnonymousNoticeIds: [],
      dataSharingAgencyTypes: ['shelter', 'ngo', 'iom'],
      statisticsConsent: true,
    }),
  },
  'nrm.intake.referral-amended': {
    summary: 'Facts of a referral that other services may act on, repeated after every amendment.',
    examples: one('A second exploitation type added', CASE_ID, {
      caseId: CASE_ID,
      version: 2,
      changedSections: ['exploitationTypes'],
      amendedByAgencyId: 'kw-moi-police',
      amendedAt: '2026-03-15T11:04:52.018Z',
      ...referralFacts,
      exploitationTypes: ['domestic_servitude', 'forced_labour'],
    }),
  },
  'nrm.intake.referral-withdrawn': {
    summary: 'The referrer withdrew its referral; the reason stays in intake.',
    examples: one('Withdrawn by the referring agency', CASE_ID, {
      caseId: CASE_ID,
      withdrawnByAgencyId: 'kw-moi-police',
      withdrawnAt: '2026-03-16T08:15:00.000Z',
    }),
  },
  'nrm.intake.personal-data-erased': {
    summary:
      "The competent authority erased the case's personal data; every service destroys its data key for the case.",
    examples: one('Erased on a court order', CASE_ID, {
      caseId: CASE_ID,
      legalBasis: 'court_order',
      erasedByAgencyId: 'kw-nrm-competent-authority',
      erasedAt: '2027-03-16T08:15:00.000Z',
    }),
  },
  'nrm.intake.urgent-risk-raised': {
    summary: 'Danger to life or medical urgency: everyone who must act is alerted at once.',
    examples: one('A medical urgency at referral', CASE_ID, {
      caseId: CASE_ID,
      caseReference: CASE_REFERENCE,
      risks: ['medical_urgency'],
      personIsChild: false,
      referringAgencyId: 'kw-moi-police',
      alertAgencyIds: ['kw-nrm-competent-authority', 'kw-moh-health', 'kw-shelter-gov'],
      raisedAt: '2026-03-14T09:32:11.204Z',
    }),
  },
  'nrm.intake.consent-changed': {
    summary: 'Consent for one purpose was given or withdrawn; services stop what it no longer covers.',
    examples: one('Data sharing extended to shelters and NGOs', CASE_ID, {
      caseId: CASE_ID,
      purpose: 'data_sharing',
      granted: true,
      sharingAgencyTypes: ['shelter', 'ngo'],
      recordedByAgencyId: 'kw-nrm-competent-authority',
      changedAt: '2026-03-17T13:40:27.551Z',
    }),
  },
  'nrm.intake.anonymous-notice-recorded': {
    summary:
      'An adult declined referral: only statistical facts are kept. Subject and key are the notice id; there is no case.',
    examples: one('A notice recorded by an NGO', NOTICE_ID, {
      noticeId: NOTICE_ID,
      recordedByAgencyId: 'ngo-migrant-support',
      channel: 'ngo',
      sex: 'male',
      nationalities: ['NP'],
      ageBand: '30-38',
      exploitationTypes: ['forced_labour'],
      encounterMonth: '2026-02',
      region: 'KW-AH',
      reportedToPolice: false,
    }),
  },
  'nrm.intake.duplicate-suspected': {
    summary: 'Two referrals likely concern the same person; a supervisor confirms or rejects. Never merged.',
    examples: one('Name, birth year and nationality matched', CASE_ID, {
      linkId: 'b5c7d9e1-3f5a-4b7c-9e1f-3a5c7e9b1d3f',
      caseId: CASE_ID,
      otherCaseId: OTHER_CASE_ID,
      score: 0.87,
      matchedOn: ['name', 'birth_year', 'nationality'],
    }),
  },
  'nrm.intake.duplicate-confirmed': {
    summary: 'A supervisor confirmed that two referrals concern the same person.',
    examples: one('Confirmed by the competent authority', CASE_ID, {
      linkId: 'b5c7d9e1-3f5a-4b7c-9e1f-3a5c7e9b1d3f',
      caseId: CASE_ID,
      otherCaseId: OTHER_CASE_ID,
      decidedByAgencyId: 'kw-nrm-competent-authority',
      decidedAt: '2026-03-18T10:02:45.000Z',
    }),
  },
  'nrm.intake.duplicate-rejected': {
    summary: 'A supervisor found that two suspected duplicate referrals concern different persons.',
    examples: one('Rejected by the competent authority', CASE_ID, {
      linkId: 'b5c7d9e1-3f5a-4b7c-9e1f-3a5c7e9b1d3f',
      caseId: CASE_ID,
      otherCaseId: OTHER_CASE_ID,
      decidedByAgencyId: 'kw-nrm-competent-authority',
      decidedAt: '2026-03-18T10:02:45.000Z',
    }),
  },
};

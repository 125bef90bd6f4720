/*
 * A summary and at least one example per event of the catalogue, for the AsyncAPI document
 * (docs/asyncapi.yaml). Examples are invented, never taken from a real case: asyncapi.spec.ts checks
 * that each is a valid payload of its event (with the JSON Schema and with parsePayload) and that its key
 * fits the message's key schema. Analytics examples show generalised values as analysts receive them.
 */

export interface EventExample {
  /** Machine-readable name of the example. */
  name: string;
  summary: string;
  /** The Kafka key (and ce_subject). */
  key: string;
  payload: Record<string, unknown>;
}

export interface EventDocumentation {
  summary: string;
  examples: EventExample[];
}

const CASE_ID = '6f1c2a9e-5b7d-4c1e-9a2f-6d8e0b4c7a15';
const OTHER_CASE_ID = '8b2e4d6f-1a3c-4e5b-8d7f-9c0a2b4e6d81';
const CASE_REFERENCE = 'KW-2026-7QX4KM';
const NOTICE_ID = 'a3d5f7b9-2c4e-4a6b-9d8f-1e3c5a7b9d02';
const INVESTIGATION_ID = 'c47a9e12-3b5d-4f6a-8e1c-2d9b7f0a5e34';
const HEARING_ID = '5e7a9c1e-3b5d-4f7a-9c1e-3b5d7f9a1c3e';
const CHARGE_ID = '2b4d6f8a-0c2e-4a4b-8d6f-8a0c2e4a6b8d';
const SUSPECT_ID = '9a1c3e5b-7d9f-4b1d-a3e5-b7d9f1b3d5e7';
const VERDICT_ID = '4c6e8a0b-2d4f-4c6e-8a0b-2d4f6a8c0e2b';
const NOTIFICATION_ID = '7d9f1b3c-5e7a-4d9f-b1c3-5e7a9c1e3b5d';
const PERSON_PSEUDONYM = 'p-q4vmk2xj7tr5bwd3nhc6aepz5y';
const INVESTIGATION_PSEUDONYM = 'i-m3ct7wq2hz5kxa4rbn6dvej2sf';

const one = (summary: string, key: string, payload: Record<string, unknown>): EventExample[] => [
  { name: 'example', summary, key, payload },
];

const referralFacts = {
  personIsChild: false,
  sex: 'female',
  nationalities: ['PH'],
  ageBand: '24-26',
  meansOfControl: ['withholds_documents', 'restricts_movement', 'excessive_working_hours'],
  immediateRisks: [],
  requiresImmediateProtection: false,
};

const recoveryPeriod = { caseId: CASE_ID, startsOn: '2026-03-18', endsOn: '2026-05-02', days: 45 };

const serviceReferral = {
  caseId: CASE_ID,
  caseReference: CASE_REFERENCE,
  serviceReferralId: '0c2e4a6b-8d0f-4a1c-b3e5-7a9c1e3b5d7f',
  providerAgencyId: 'ngo-migrant-support',
  needType: 'legal_aid',
  priority: 'high',
  disclosureBasis: 'consent',
};

const placement = {
  caseId: CASE_ID,
  caseReference: CASE_REFERENCE,
  placementId: '1d3f5b7c-9e1a-4b2d-8f4a-6c8e0a2c4e6b',
  shelterId: 'kw-shelter-gov-women',
  providerAgencyId: 'kw-shelter-gov',
  priority: false,
};

const returnPlan = {
  caseId: CASE_ID,
  caseReference: CASE_REFERENCE,
  destinationCountry: 'PH',
  riskLevel: 'low',
  followUpAgencyId: 'iom-kuwait',
  plannedOn: '2026-06-15',
};

const investigation = {
  investigationId: INVESTIGATION_ID,
  leadAgencyId: 'kw-public-prosecution',
  caseIds: [CASE_ID, OTHER_CASE_ID],
};

const charge = {
  investigationId: INVESTIGATION_ID,
  chargeId: CHARGE_ID,
  suspectId: SUSPECT_ID,
  lawCode: 'kw-91-2013',
  article: '2',
  version: 1,
  aggravatingCircumstances: ['transnational'],
};

const hearing = {
  investigationId: INVESTIGATION_ID,
  hearingId: HEARING_ID,
  hearingType: 'first_instance',
  court: 'Criminal Court of First Instance',
  scheduledOn: '2026-10-06',
  agencyIds: ['kw-public-prosecution', 'kw-nrm-competent-authority'],
};

const delivery = {
  notificationId: NOTIFICATION_ID,
  caseId: CASE_ID,
  recipientAgencyId: 'ngo-migrant-support',
};

/** By event type. */
export const EventDocumentation: Record<string, EventDocumentation> = {
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

  'nrm.protection.case-opened': {
    summary:
      'A protection case opened: once per case, at once for a child or an urgent risk, else on a positive preliminary decision.',
    examples: one('Opened after a positive preliminary decision', CASE_ID, {
      caseId: CASE_ID,
      caseReference: CASE_REFERENCE,
      openedBecause: 'presumed_victim',
      personIsChild: false,
      openedAt: '2026-03-18T12:20:04.010Z',
      leadAgencyId: 'kw-shelter-gov',
    }),
  },
  'nrm.protection.lead-changed': {
    summary: 'A supervisor handed the lead of a protection case to another protection agency.',
    examples: one('Handed to an NGO', CASE_ID, {
      caseId: CASE_ID,
      caseReference: CASE_REFERENCE,
      leadAgencyId: 'ngo-migrant-support',
      previousLeadAgencyId: 'kw-shelter-gov',
      changedAt: '2026-03-20T09:00:00.000Z',
    }),
  },
  'nrm.protection.needs-assessed': {
    summary: 'The needs assessment of a case, as the service plan now stands (notes stay in protection).',
    examples: one('Shelter, legal aid and interpretation', CASE_ID, {
      caseId: CASE_ID,
      needs: [
        { needType: 'shelter', priority: 'urgent', dueOn: '2026-03-19' },
        { needType: 'legal_aid', priority: 'high', dueOn: '2026-03-25' },
        { needType: 'interpretation', priority: 'normal', dueOn: '2026-04-01' },
      ],
      assessedAt: '2026-03-18T15:02:40.000Z',
    }),
  },
  'nrm.protection.service-referred': {
    summary: 'A case was referred to a service provider.',
    examples: one('Legal aid from an NGO, on consent', CASE_ID, serviceReferral),
  },
  'nrm.protection.service-referral-accepted': {
    summary: 'The provider accepted a service referral.',
    examples: one('Accepted', CASE_ID, serviceReferral),
  },
  'nrm.protection.service-referral-declined': {
    summary: 'The provider declined a service referral, with the reason.',
    examples: one('Declined for lack of capacity', CASE_ID, {
      ...serviceReferral,
      declineReason: 'no_capacity',
    }),
  },
  'nrm.protection.service-referral-completed': {
    summary: 'The provider delivered the service.',
    examples: one('Completed', CASE_ID, serviceReferral),
  },
  'nrm.protection.disclosure-stopped': {
    summary: "Consent no longer covers the provider: it must stop using the person's data and is told so.",
    examples: one('Consent to share with NGOs withdrawn', CASE_ID, serviceReferral),
  },
  'nrm.protection.shelter-placed': {
    summary: 'A shelter placement was made.',
    examples: one('Placed in the government shelter for women', CASE_ID, placement),
  },
  'nrm.protection.shelter-queued': {
    summary: 'A shelter request was queued: no bed was free.',
    examples: one('Second in the queue', CASE_ID, { ...placement, queuePosition: 2 }),
  },
  'nrm.protection.shelter-checked-in': {
    summary: 'The person checked in at the shelter.',
    examples: one('Checked in', CASE_ID, placement),
  },
  'nrm.protection.shelter-transferred': {
    summary: 'The person was transferred to another shelter.',
    examples: one('Transferred from the children’s shelter', CASE_ID, {
      ...placement,
      fromShelterId: 'kw-shelter-gov-children',
    }),
  },
  'nrm.protection.shelter-checked-out': {
    summary: 'The person left the shelter.',
    examples: one('Checked out', CASE_ID, placement),
  },
  'nrm.protection.residence-status-changed': {
    summary: "The person's residence status changed (the permit's number stays sealed in protection).",
    examples: one('A temporary permit for six months', CASE_ID, {
      caseId: CASE_ID,
      caseReference: CASE_REFERENCE,
      status: 'temporary_permit',
      validFrom: '2026-03-20',
      expiresOn: '2026-09-20',
    }),
  },
  'nrm.protection.return-planned': {
    summary: 'A voluntary return was planned; the country of return is statistical, not identifying.',
    examples: one('A low-risk return followed up by IOM', CASE_ID, returnPlan),
  },
  'nrm.protection.return-completed': {
    summary: 'A voluntary return took place, with the follow-ups scheduled after it.',
    examples: one('Returned, with follow-ups at 3, 6 and 12 months', CASE_ID, {
      ...returnPlan,
      returnedOn: '2026-06-15',
      followUpsDueOn: ['2026-09-15', '2026-12-15', '2027-06-15'],
    }),
  },
  'nrm.protection.follow-up-due': {
    summary:
      'Something about a case is due: a residence permit nears its expiry, or a follow-up after return.',
    examples: one('The first follow-up after return', CASE_ID, {
      caseId: CASE_ID,
      caseReference: CASE_REFERENCE,
      kind: 'return_follow_up',
      dueOn: '2026-09-15',
      aboutDate: '2026-06-15',
      sequence: 1,
      recipientAgencyId: 'iom-kuwait',
    }),
  },
  'nrm.protection.court-tasks-created': {
    summary: 'Protection created (or re-dated) the tasks a hearing with the victim as witness implies.',
    examples: one('Interpreter, legal aid and transport before a hearing', CASE_ID, {
      caseId: CASE_ID,
      caseReference: CASE_REFERENCE,
      hearingId: HEARING_ID,
      hearingDate: '2026-10-06',
      taskTypes: ['interpreter', 'legal_aid', 'transport'],
      dueOn: '2026-09-29',
      agencyIds: ['kw-shelter-gov', 'ngo-migrant-support'],
    }),
  },
  'nrm.protection.case-closed': {
    summary: "A protection case closed, with a supervisor's approval.",
    examples: one('Closed after a return', CASE_ID, {
      caseId: CASE_ID,
      caseReference: CASE_REFERENCE,
      reason: 'returned_to_country_of_origin',
      closedAt: '2027-06-20T08:30:00.000Z',
    }),
  },

  'nrm.prosecution.investigation-opened': {
    summary:
      "An investigation opened (key: the investigation id; it may span the cases of a network's victims).",
    examples: one('Two referred cases', INVESTIGATION_ID, {
      ...investigation,
      at: '2026-04-02T07:45:00.000Z',
    }),
  },
  'nrm.prosecution.investigation-closed': {
    summary: 'An investigation closed, with the reason.',
    examples: one('Referred to court', INVESTIGATION_ID, {
      ...investigation,
      at: '2026-08-30T12:00:00.000Z',
      closeReason: 'referred_to_court',
    }),
  },
  'nrm.prosecution.case-linked': {
    summary: 'A referred case joined an investigation (key: the case).',
    examples: one('Linked', CASE_ID, {
      investigationId: INVESTIGATION_ID,
      caseId: CASE_ID,
      linkedAt: '2026-04-02T07:45:00.000Z',
    }),
  },
  'nrm.prosecution.charges-filed': {
    summary:
      "A charge against a suspect was filed; the suspect's identity stays sealed in prosecution tracking.",
    examples: one('Trafficking in persons, article 2', INVESTIGATION_ID, charge),
  },
  'nrm.prosecution.charges-amended': {
    summary: 'A charge was amended (a new version).',
    examples: one('An aggravating circumstance added', INVESTIGATION_ID, {
      ...charge,
      version: 2,
      aggravatingCircumstances: ['transnational', 'organised_crime_group'],
    }),
  },
  'nrm.prosecution.hearing-scheduled': {
    summary: 'A court hearing was scheduled.',
    examples: one('A first-instance hearing', INVESTIGATION_ID, hearing),
  },
  'nrm.prosecution.hearing-postponed': {
    summary: 'A court hearing was postponed, with the earlier date.',
    examples: one('Postponed by three weeks', INVESTIGATION_ID, {
      ...hearing,
      scheduledOn: '2026-10-27',
      previousDate: '2026-10-06',
    }),
  },
  'nrm.prosecution.hearing-held': {
    summary: 'A court hearing was held.',
    examples: one('Held', INVESTIGATION_ID, hearing),
  },
  'nrm.prosecution.hearing-approaching': {
    summary: 'A hearing is near (raised once, ahead of it).',
    examples: one('A hearing next week', INVESTIGATION_ID, hearing),
  },
  'nrm.prosecution.victim-testimony-arranged': {
    summary: 'A victim testifies at a hearing, with the protective measures it needs (key: the case).',
    examples: one('Interpreter, closed session and video link', CASE_ID, {
      investigationId: INVESTIGATION_ID,
      hearingId: HEARING_ID,
      caseId: CASE_ID,
      caseReference: CASE_REFERENCE,
      hearingDate: '2026-10-06',
      measures: ['interpreter', 'closed_session', 'video_link'],
    }),
  },
  'nrm.prosecution.verdict-recorded': {
    summary: 'A verdict on one charge against one suspect.',
    examples: one('Convicted at first instance, 15 years', INVESTIGATION_ID, {
      investigationId: INVESTIGATION_ID,
      verdictId: VERDICT_ID,
      suspectId: SUSPECT_ID,
      chargeId: CHARGE_ID,
      lawCode: 'kw-91-2013',
      article: '2',
      outcome: 'convicted',
      courtLevel: 'first_instance',
      decidedOn: '2026-11-17',
      sentenceMonths: 180,
    }),
  },
  'nrm.prosecution.appeal-filed': {
    summary: 'An appeal against a verdict was filed.',
    examples: one('Appealed by the defence', INVESTIGATION_ID, {
      investigationId: INVESTIGATION_ID,
      appealId: '3c5e7a9b-1d3f-4c5e-9a9b-1d3f5b7d9f1a',
      verdictId: VERDICT_ID,
      filedBy: 'defence',
      filedOn: '2026-12-01',
    }),
  },
  'nrm.prosecution.compensation-ordered': {
    summary: 'A court ordered compensation for a victim (key: the case); whether it was paid is tracked.',
    examples: one('3,500 KWD, not yet paid', CASE_ID, {
      investigationId: INVESTIGATION_ID,
      compensationId: '6b8d0f2a-4c6e-4b8d-8f2a-4c6e8a0c2e4b',
      caseId: CASE_ID,
      amount: '3500.000',
      currency: 'KWD',
      orderedOn: '2026-11-17',
      paid: false,
    }),
  },

  'nrm.notifications.notification-dispatched': {
    summary:
      'A notification was recorded for one recipient agency: in its inbox at once, and queued on the external channels its subscription names.',
    examples: one('A service request to an NGO, by inbox and email', CASE_ID, {
      ...delivery,
      kind: 'service_request',
      audienceRoles: ['service_provider'],
      channels: ['inbox', 'email'],
      urgent: false,
    }),
  },
  'nrm.notifications.notification-delivered': {
    summary: 'A notification reached its recipient through one channel.',
    examples: one('Delivered by email at the first attempt', CASE_ID, {
      ...delivery,
      channel: 'email',
      attempts: 1,
    }),
  },
  'nrm.notifications.notification-failed': {
    summary: 'A notification could not be delivered through a channel after every retry.',
    examples: one('The webhook kept failing', CASE_ID, {
      ...delivery,
      channel: 'webhook',
      attempts: 5,
      reason: 'webhook answered 503 Service Unavailable',
    }),
  },

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

/** Examples of protection's events. */
import type { EventDocumentation } from './shared';
import { CASE_ID, CASE_REFERENCE, HEARING_ID, one } from './shared';

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

export const ProtectionEvents: Record<string, EventDocumentation> = {
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
};

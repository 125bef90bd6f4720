import type { Role } from '@nrm/contracts';
import {
  ClosureRequest,
  ClosureReviewRequest,
  FollowUpOutcomeRequest,
  LeadAgencyRequest,
  NeedsAssessmentRequest,
  PlacementRequest,
  ResidenceStatusRequest,
  ReturnCompletionRequest,
  ReturnPlanRequest,
  ServiceDeclineRequest,
  ServiceReferralRequest,
} from '../protection';
import {
  CourtTaskDoneResponse,
  FollowUpRecordedResponse,
  LeadAgencyResponse,
  NeedsPlanResponse,
  PlacementResponse,
  ProtectionCasePage,
  ProtectionCaseResponse,
  ProtectionCaseStatusResponse,
  ProtectionCaseStatuses,
  ProviderReferralPage,
  ProviderReferralStatuses,
  ResidenceStatusRecordedResponse,
  ReturnCancelledResponse,
  ReturnCompletedResponse,
  ReturnPlannedResponse,
  ServiceReferralMadeResponse,
  ServiceReferralStatusResponse,
  ShelterPage,
} from '../protection-answers';
import { conflict } from './problems';
import { defineArea } from './route';
import type { ContractClass, RouteSpec } from './route';

const CASE_WORKERS: readonly Role[] = ['protection_case_worker', 'supervisor'];
const WITH_SHELTER_STAFF: readonly Role[] = ['protection_case_worker', 'supervisor', 'service_provider'];
const PROVIDERS: readonly Role[] = ['service_provider', 'supervisor'];
const caseState = conflict(
  'the case or placement is not in a state that allows this (e.g. closing with a person still in a shelter)',
);

/**
 * A change to a protection case by its manager (uuid parameters, 409 when the case's state refuses),
 * answering `answer` with its status (201 unless the spec says otherwise).
 */
function caseStep(
  path: string,
  answer: ContractClass,
  spec: Pick<RouteSpec, 'summary'> & Partial<Omit<RouteSpec, 'responses'>>,
): RouteSpec {
  const status = spec.status ?? 201;
  return {
    method: 'POST',
    path: `/api/v1/protection${path}`,
    upstream: `/internal/protection${path}`,
    roles: CASE_WORKERS,
    scope: 'caseManager',
    params: Object.fromEntries([...path.matchAll(/:(\w+)/g)].map((m) => [m[1], 'uuid'])),
    ...spec,
    status,
    responses: [{ status, type: answer }, caseState],
  };
}

/** Protection: cases, the service plan, service referrals (also as providers see them), shelters, closure. */
export const ProtectionRoutes = defineArea(
  { tag: 'protection', service: 'protection' },
  {
    protectionCases: {
      method: 'GET',
      path: '/api/v1/protection/cases',
      upstream: '/internal/protection/cases',
      roles: CASE_WORKERS,
      scope: 'protectionCaseTies',
      status: 200,
      summary: 'Protection cases, children and urgent risks first (case workers, supervisors)',
      query: [{ name: 'status', required: false, enum: ProtectionCaseStatuses }],
      responses: [{ status: 200, type: ProtectionCasePage }],
    },
    protectionCase: {
      method: 'GET',
      path: '/api/v1/protection/cases/:caseId',
      upstream: '/internal/protection/cases/:caseId',
      roles: CASE_WORKERS,
      scope: 'protectionCaseTies',
      status: 200,
      summary: 'A protection case: why it opened, recovery period, plan, referrals, placements',
      params: { caseId: 'uuid' },
      responses: [{ status: 200, type: ProtectionCaseResponse }],
    },
    assessNeeds: caseStep('/cases/:caseId/needs-assessments', NeedsPlanResponse, {
      summary: 'Record the needs assessment: the service plan as it now stands (case workers)',
      description:
        'Due dates default from priority (urgent 1 day, high 7, normal 30); needs not named are withdrawn.',
      body: NeedsAssessmentRequest,
    }),
    referToService: caseStep('/cases/:caseId/service-referrals', ServiceReferralMadeResponse, {
      summary: 'Refer an assessed need to a provider (case workers)',
      description:
        "Within the person's consent to share with that kind of agency; for a child, or with a supervisor's recorded override, without it.",
      note: 'a consent override is supervisor-only (403)',
      body: ServiceReferralRequest,
    }),
    requestPlacement: caseStep('/cases/:caseId/placements', PlacementResponse, {
      summary: 'Ask for a shelter bed (case workers)',
      description: 'Placed at once when a bed is free, else queued (children and urgent risks first).',
      note: 'a consent override is supervisor-only (403)',
      body: PlacementRequest,
    }),
    handOverLead: caseStep('/cases/:caseId/lead-agency', LeadAgencyResponse, {
      roles: ['supervisor'],
      status: 200,
      summary:
        'Hand the lead of a case to another protection agency (a supervisor of the lead agency or the competent authority)',
      description:
        "The new lead's case workers manage the case from then on; the agency that led it sees it only while a " +
        'service referral or a placement ties it to the case.',
      note: 'the new lead must be a protection agency',
      body: LeadAgencyRequest,
    }),
    requestClosure: caseStep('/cases/:caseId/closure', ProtectionCaseStatusResponse, {
      summary: 'Ask to close the case with a reason (case workers); a supervisor approves',
      body: ClosureRequest,
    }),
    reviewClosure: caseStep('/cases/:caseId/closure/review', ProtectionCaseStatusResponse, {
      roles: ['supervisor'],
      summary: 'Approve or reject a closure (a supervisor who did not ask for it)',
      note: 'never the requester (by user)',
      body: ClosureReviewRequest,
    }),
    recordResidenceStatus: caseStep('/cases/:caseId/residence-status', ResidenceStatusRecordedResponse, {
      summary: "Record the person's residence status (case workers)",
      description:
        'An expiry date raises a reminder to your agency ahead of it (RESIDENCE_REMINDER_DAYS, default 30).',
      body: ResidenceStatusRequest,
    }),
    planReturn: caseStep('/cases/:caseId/return-plan', ReturnPlannedResponse, {
      summary: 'Plan a voluntary return (case workers; supervisors for a high-risk return or a child)',
      description:
        "Needs the person's consent, a risk assessment, the receiving organisation and who follows up.",
      note: "a high-risk return or a child's needs a supervisor (403)",
      body: ReturnPlanRequest,
    }),
    completeReturn: caseStep('/cases/:caseId/return-plan/completion', ReturnCompletedResponse, {
      summary: 'The person returned: follow-ups are scheduled at 3, 6 and 12 months',
      body: ReturnCompletionRequest,
    }),
    cancelReturn: caseStep('/cases/:caseId/return-plan/cancellation', ReturnCancelledResponse, {
      summary: 'Cancel a planned return',
    }),
    recordFollowUp: caseStep('/cases/:caseId/follow-ups/:followUpId', FollowUpRecordedResponse, {
      roles: WITH_SHELTER_STAFF,
      summary: 'Record what a follow-up found (case workers, or the agency following up)',
      note: "a service provider only as the follow-up's recipient agency",
      body: FollowUpOutcomeRequest,
    }),
    completeCourtTask: caseStep('/cases/:caseId/court-tasks/:taskId/done', CourtTaskDoneResponse, {
      summary: 'Mark a court-linked task (interpreter, legal aid, transport, risk review) done',
    }),
    providerReferrals: {
      method: 'GET',
      path: '/api/v1/protection/service-referrals',
      upstream: '/internal/protection/service-referrals',
      roles: PROVIDERS,
      scope: 'referralProvider',
      status: 200,
      summary: 'Referrals to your agency, as a provider sees them: what is needed and by when, never who',
      query: [{ name: 'status', required: false, enum: ProviderReferralStatuses }],
      responses: [{ status: 200, type: ProviderReferralPage }],
    },
    acceptServiceReferral: caseStep('/service-referrals/:id/accept', ServiceReferralStatusResponse, {
      roles: PROVIDERS,
      scope: 'referralProvider',
      status: 200,
      summary: 'Accept a referral to your agency (providers)',
    }),
    declineServiceReferral: caseStep('/service-referrals/:id/decline', ServiceReferralStatusResponse, {
      roles: PROVIDERS,
      scope: 'referralProvider',
      status: 200,
      summary: 'Decline a referral to your agency, with a reason (providers)',
      body: ServiceDeclineRequest,
    }),
    completeServiceReferral: caseStep('/service-referrals/:id/complete', ServiceReferralStatusResponse, {
      roles: PROVIDERS,
      scope: 'referralProvider',
      status: 200,
      summary: 'Report an accepted service delivered (providers)',
    }),
    shelters: {
      method: 'GET',
      path: '/api/v1/protection/shelters',
      upstream: '/internal/protection/shelters',
      roles: WITH_SHELTER_STAFF,
      scope: 'shelterOrCaseManager',
      note: 'a service provider sees its own shelters only',
      status: 200,
      summary: 'Shelters with capacity, beds taken and queue length',
      responses: [{ status: 200, type: ShelterPage }],
    },
    checkIn: caseStep('/placements/:id/check-in', PlacementResponse, {
      roles: WITH_SHELTER_STAFF,
      scope: 'shelterOrCaseManager',
      status: 200,
      summary: 'The person arrived at the shelter (case workers, the shelter)',
    }),
    checkOut: caseStep('/placements/:id/check-out', PlacementResponse, {
      roles: WITH_SHELTER_STAFF,
      scope: 'shelterOrCaseManager',
      status: 200,
      summary: 'The person left the shelter, or a queued request is cancelled; the bed goes to the queue',
    }),
    transferPlacement: caseStep('/placements/:id/transfer', PlacementResponse, {
      status: 200,
      summary: 'Move the person to another shelter (case workers)',
      body: PlacementRequest,
    }),
  },
);

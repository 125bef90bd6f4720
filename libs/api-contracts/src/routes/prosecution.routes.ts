import type { Role } from '@nrm/contracts';
import {
  AppealRequest,
  ChargeAmendmentRequest,
  ChargeRequest,
  CloseInvestigationRequest,
  CompensationPaymentRequest,
  CompensationRequest,
  HearingRequest,
  InvestigationAgencyRequest,
  LinkCaseRequest,
  OpenInvestigationRequest,
  PostponementRequest,
  SuspectRequest,
  TestimonyRequest,
  VerdictRequest,
} from '../prosecution';
import {
  AppealFiledResponse,
  ChargeVersionResponse,
  CompensationOrderedResponse,
  CompensationPaidResponse,
  HearingPostponedResponse,
  HearingStatusResponse,
  InvestigationAgenciesResponse,
  InvestigationCasesResponse,
  InvestigationClosedResponse,
  InvestigationOpenedResponse,
  InvestigationResponse,
  InvestigationSummaryPage,
  LawCataloguePage,
  ProsecutionStatisticsResponse,
  SuspectAddedResponse,
  TestimonyArrangedResponse,
  VerdictRecordedResponse,
} from '../prosecution-answers';
import { conflict } from './problems';
import { defineArea } from './route';
import type { ContractClass, RouteSpec } from './route';

const INVESTIGATION: readonly Role[] = ['investigator', 'prosecutor', 'supervisor'];
const COURT_WORKERS: readonly Role[] = ['investigator', 'prosecutor'];
const PROSECUTOR: readonly Role[] = ['prosecutor'];

/**
 * A step in an investigation's proceedings (uuid parameters, 409 when the proceedings refuse it): 201
 * for a POST, 200 for a PATCH, answering `answer`.
 */
function proceeding(
  method: 'POST' | 'PATCH',
  path: string,
  answer: ContractClass,
  spec: Pick<RouteSpec, 'summary' | 'roles'> & Partial<Omit<RouteSpec, 'responses'>>,
): RouteSpec {
  const status = method === 'POST' ? 201 : 200;
  return {
    method,
    path: `/api/v1/prosecution${path}`,
    upstream: `/internal/prosecution${path}`,
    scope: 'investigationAgencies',
    status,
    params: Object.fromEntries([...path.matchAll(/:(\w+)/g)].map((m) => [m[1], 'uuid'])),
    responses: [
      { status, type: answer },
      conflict(
        'the proceedings do not allow this (e.g. a verdict without a charge, an appeal before a verdict)',
      ),
    ],
    ...spec,
  };
}

/** Prosecution tracking: investigations, suspects, charges, hearings, testimony, verdicts, compensation. */
export const ProsecutionRoutes = defineArea(
  { tag: 'prosecution', service: 'prosecution-tracking' },
  {
    listInvestigations: {
      method: 'GET',
      path: '/api/v1/prosecution/investigations',
      upstream: '/internal/prosecution/investigations',
      roles: INVESTIGATION,
      scope: 'investigationAgencies',
      status: 200,
      summary: "Your agency's investigations (investigators, prosecutors, supervisors)",
      responses: [{ status: 200, type: InvestigationSummaryPage }],
    },
    openInvestigation: {
      method: 'POST',
      path: '/api/v1/prosecution/investigations',
      upstream: '/internal/prosecution/investigations',
      roles: COURT_WORKERS,
      scope: 'ownAgency',
      status: 201,
      summary: 'Open an investigation into one or more referred cases (investigators, prosecutors)',
      body: OpenInvestigationRequest,
      responses: [{ status: 201, type: InvestigationOpenedResponse }],
    },
    readInvestigation: {
      method: 'GET',
      path: '/api/v1/prosecution/investigations/:id',
      upstream: '/internal/prosecution/investigations/:id',
      roles: INVESTIGATION,
      scope: 'investigationAgencies',
      note: "suspects' identities for investigators and prosecutors only",
      status: 200,
      summary: 'An investigation: cases, suspects, charges, hearings, verdicts',
      description: "Suspects' identities are shown to investigators and prosecutors of its agencies only.",
      params: { id: 'uuid' },
      responses: [{ status: 200, type: InvestigationResponse }],
    },
    addInvestigationAgency: proceeding(
      'POST',
      '/investigations/:id/agencies',
      InvestigationAgenciesResponse,
      {
        roles: COURT_WORKERS,
        note: 'the added agency must be law enforcement',
        summary: 'Bring another agency (e.g. the public prosecution) into the investigation',
        body: InvestigationAgencyRequest,
      },
    ),
    linkCase: proceeding('POST', '/investigations/:id/cases', InvestigationCasesResponse, {
      roles: INVESTIGATION,
      summary: "Link another victim's case to the investigation",
      body: LinkCaseRequest,
    }),
    closeInvestigation: proceeding('POST', '/investigations/:id/closure', InvestigationClosedResponse, {
      roles: INVESTIGATION,
      summary: 'Close the investigation with a reason',
      body: CloseInvestigationRequest,
    }),
    addSuspect: proceeding('POST', '/investigations/:id/suspects', SuspectAddedResponse, {
      roles: COURT_WORKERS,
      summary: 'Add a suspect, a person or a legal person, with their role (identity sealed at rest)',
      body: SuspectRequest,
    }),
    fileCharge: proceeding('POST', '/investigations/:id/charges', ChargeVersionResponse, {
      roles: COURT_WORKERS,
      summary: 'File a charge against a suspect',
      description:
        "Cites a catalogued article (Law 91/2013: 2, 3, 6, 7) with its aggravating circumstances, or 'other' with the law by reference.",
      body: ChargeRequest,
    }),
    amendCharge: proceeding('PATCH', '/investigations/:id/charges/:chargeId', ChargeVersionResponse, {
      roles: COURT_WORKERS,
      summary: 'Amend a charge: a new version, earlier ones kept',
      body: ChargeAmendmentRequest,
    }),
    scheduleHearing: proceeding('POST', '/investigations/:id/hearings', HearingStatusResponse, {
      roles: COURT_WORKERS,
      summary: 'Schedule a hearing; the agencies on the investigation are told, and reminded ahead of it',
      body: HearingRequest,
    }),
    postponeHearing: proceeding('POST', '/hearings/:hearingId/postponement', HearingPostponedResponse, {
      roles: COURT_WORKERS,
      summary: 'Postpone a hearing to a later date',
      body: PostponementRequest,
    }),
    holdHearing: proceeding('POST', '/hearings/:hearingId/held', HearingStatusResponse, {
      roles: COURT_WORKERS,
      summary: 'Record that a hearing was held',
    }),
    arrangeTestimony: proceeding('POST', '/hearings/:hearingId/testimonies', TestimonyArrangedResponse, {
      roles: COURT_WORKERS,
      summary: "Arrange a victim's testimony with protective measures",
      description:
        'Protection creates the tasks it implies (interpreter, legal aid, transport, risk review) due before the hearing.',
      body: TestimonyRequest,
    }),
    recordVerdict: proceeding('POST', '/investigations/:id/verdicts', VerdictRecordedResponse, {
      roles: PROSECUTOR,
      summary: 'Record a verdict on a charge (prosecutors)',
      body: VerdictRequest,
    }),
    fileAppeal: proceeding('POST', '/verdicts/:verdictId/appeals', AppealFiledResponse, {
      roles: PROSECUTOR,
      summary: 'Record an appeal against a verdict (prosecutors)',
      body: AppealRequest,
    }),
    orderCompensation: proceeding('POST', '/investigations/:id/compensation', CompensationOrderedResponse, {
      roles: PROSECUTOR,
      note: 'the case must be linked',
      summary: 'Record a compensation order for a victim (prosecutors)',
      body: CompensationRequest,
    }),
    recordCompensationPayment: proceeding(
      'POST',
      '/compensation/:compensationId/payment',
      CompensationPaidResponse,
      {
        roles: PROSECUTOR,
        summary: 'Record that a compensation order was paid',
        body: CompensationPaymentRequest,
      },
    ),
    prosecutionStatistics: {
      method: 'GET',
      path: '/api/v1/prosecution/statistics',
      upstream: '/internal/prosecution/statistics',
      roles: ['investigator', 'prosecutor', 'supervisor', 'analyst'],
      scope: 'nationalFigures',
      status: 200,
      summary:
        'Investigations, prosecutions, convictions by article, and days from referral to verdict, for a year',
      query: [{ name: 'year', required: false, example: 2027 }],
      responses: [{ status: 200, type: ProsecutionStatisticsResponse }],
    },
    lawCatalogue: {
      method: 'GET',
      path: '/api/v1/prosecution/laws',
      upstream: '/internal/prosecution/laws',
      roles: INVESTIGATION,
      scope: 'referenceData',
      status: 200,
      summary: 'The articles a charge may cite (Law 91/2013...), with their aggravating circumstances',
      responses: [{ status: 200, type: LawCataloguePage }],
    },
  },
);

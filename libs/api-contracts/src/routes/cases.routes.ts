import { CaseRoles } from '@nrm/contracts';
import { CaseAccessLogResponse, CaseViewResponse } from '../cases-answers';
import { defineArea } from './route';

/** The case view, composed in the gateway from the services that own each stage. */
export const CaseRoutes = defineArea(
  { tag: 'cases', service: 'intake' },
  {
    caseView: {
      method: 'GET',
      path: '/api/v1/cases/:caseId',
      handledBy: 'gateway',
      roles: CaseRoles,
      scope: 'caseInvolvement',
      // REVIEW: prosecution's case timeline has no object check of its own; it relies on intake's here.
      note: "intake's check first (its 404 ends the request); each stage as far as its service shows it",
      status: 200,
      summary: 'Which stages a case has reached, as far as the caller may see',
      description:
        'Referral, screening, protection (for case workers), the prosecution timeline (no suspects) and notifications.',
      params: { caseId: 'uuid4' },
      responses: [
        { status: 200, type: CaseViewResponse },
        { status: 404, description: 'no such case, or not one of yours' },
      ],
    },
    caseAccessLog: {
      method: 'GET',
      path: '/api/v1/cases/:caseId/access-log',
      handledBy: 'gateway',
      roles: ['supervisor'],
      scope: 'caseHolders',
      status: 200,
      summary:
        'Who accessed this case, in every service, oldest first (supervisors of an agency involved in it)',
      description:
        "Every read, write and refused access of the case's data, from each service's hash-chained audit log; " +
        "for the supervisor, and for the person's lawyer or guardian through them. Staff of other agencies " +
        'appear by agency and role, not by user id.',
      params: { caseId: 'uuid4' },
      query: [
        {
          name: 'for',
          required: false,
          enum: ['supervisor', 'representative'],
          description:
            "`representative`: the report for the person's lawyer or guardian: when, which agency in which role, " +
            'what kind of access (read, write, refused) in which service and why; no staff names or internal routes',
        },
      ],
      responses: [{ status: 200, type: CaseAccessLogResponse }],
    },
  },
);

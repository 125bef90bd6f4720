import { CaseRoles } from '@nrm/contracts';
import {
  AmendReferralRequest,
  AnonymousNoticeRequest,
  ConsentChangeRequest,
  DisclosureOverrideRequest,
  DisclosureOverrideResponse,
  DuplicateDecisionRequest,
  ErasePersonalDataRequest,
  PersonalDataErasureResponse,
  WithdrawReferralRequest,
} from '../referral-changes';
import {
  CreateReferralRequest,
  PersonalDataResponse,
  ReferralAcceptedResponse,
  ReferralStatusPage,
  ReferralStatusResponse,
} from '../referral';
import {
  AnonymousNoticeRecordedResponse,
  ConsentInForcePage,
  DuplicateLinkPage,
  ReferralAmendedResponse,
  ReferralVersionPage,
} from '../referrals-answers';
import { inputProblems } from './problems';
import {
  amendmentExample,
  anonymousNoticeExample,
  consentWithdrawalExample,
  duplicateDecisionExample,
  erasureExample,
  referralExample,
  withdrawalExample,
} from './referral.examples';
import { defineArea } from './route';

const CASE = { caseId: 'uuid4' } as const;

/** Referrals: what first responders hand over, and what the competent authority reviews (intake). */
export const ReferralRoutes = defineArea(
  { tag: 'referrals', service: 'intake' },
  {
    createReferral: {
      method: 'POST',
      path: '/api/v1/referrals',
      upstream: '/internal/referrals',
      roles: ['first_responder'],
      scope: 'ownAgency',
      status: 201,
      summary: 'Refer a presumed victim (first responders)',
      description:
        'A person under 18 or of unknown age is handled as a child: no consent needed, protection at once. ' +
        "An adult's referral needs their consent; without it record an anonymous notice instead. " +
        'Danger to life or medical urgency alerts the agencies named by policy at once.',
      body: CreateReferralRequest,
      bodyExamples: { adult: referralExample },
      responses: [{ status: 201, type: ReferralAcceptedResponse }, ...inputProblems],
      location: '/api/v1/referrals/:caseId',
    },
    listOwnReferrals: {
      method: 'GET',
      path: '/api/v1/referrals',
      upstream: '/internal/referrals',
      roles: ['first_responder', 'supervisor'],
      scope: 'ownAgency',
      status: 200,
      summary: "Your agency's referrals, newest first, with their status",
      query: [
        { name: 'limit', required: false, description: '1 to 200, default 50' },
        {
          name: 'before',
          required: false,
          description: 'ISO 8601 time: referrals made before it (next page)',
        },
      ],
      responses: [{ status: 200, type: ReferralStatusPage }, ...inputProblems],
    },
    recordAnonymousNotice: {
      method: 'POST',
      path: '/api/v1/referrals/anonymous-notices',
      upstream: '/internal/referrals/anonymous-notices',
      roles: ['first_responder'],
      scope: 'ownAgency',
      status: 201,
      summary: 'Record an anonymous notice: an adult declined referral (first responders)',
      description:
        'Only statistical facts are kept, with a pseudonymous link (keyed hash) built from the optional ' +
        "`link` identifiers, which are not stored. Whether the notice is reported to the police is the jurisdiction's policy.",
      body: AnonymousNoticeRequest,
      bodyExamples: { declined: anonymousNoticeExample },
      responses: [{ status: 201, type: AnonymousNoticeRecordedResponse }, ...inputProblems],
    },
    listDuplicates: {
      method: 'GET',
      path: '/api/v1/referrals/duplicates',
      upstream: '/internal/referrals/duplicates',
      roles: ['identification_officer', 'supervisor'],
      scope: 'competentAuthority',
      status: 200,
      summary: 'Suspected duplicate referrals to review (supervisors, identification officers)',
      query: [{ name: 'status', required: false, enum: ['suspected', 'confirmed', 'rejected'] }],
      responses: [{ status: 200, type: DuplicateLinkPage }, ...inputProblems],
    },
    decideDuplicate: {
      method: 'POST',
      path: '/api/v1/referrals/duplicates/:linkId/decision',
      upstream: '/internal/referrals/duplicates/:linkId/decision',
      roles: ['supervisor'],
      scope: 'competentAuthority',
      status: 204,
      summary: 'Confirm or reject a suspected duplicate (supervisors); referrals are never merged',
      params: { linkId: 'uuid' },
      body: DuplicateDecisionRequest,
      bodyExamples: { confirm: duplicateDecisionExample },
      responses: [
        { status: 204 },
        { status: 409, description: 'the link was already decided' },
        ...inputProblems,
      ],
    },
    referralStatus: {
      method: 'GET',
      path: '/api/v1/referrals/:caseId',
      upstream: '/internal/referrals/:caseId',
      roles: CaseRoles,
      scope: 'caseInvolvement',
      status: 200,
      summary: 'The status of a referral, for the referring agency and the competent authority',
      params: CASE,
      responses: [
        { status: 200, type: ReferralStatusResponse },
        { status: 404, description: 'no such case, or not one of yours' },
      ],
    },
    amendReferral: {
      method: 'PATCH',
      path: '/api/v1/referrals/:caseId',
      upstream: '/internal/referrals/:caseId',
      roles: ['first_responder'],
      scope: 'referringAgency',
      status: 200,
      summary: 'Correct a referral (the referring agency); each section given replaces the old one',
      description: 'Versioned: the previous record is kept with who changed what and why.',
      params: CASE,
      body: AmendReferralRequest,
      bodyExamples: { correction: amendmentExample },
      responses: [
        { status: 200, type: ReferralAmendedResponse },
        { status: 409, description: 'the referral was withdrawn' },
        ...inputProblems,
      ],
    },
    referralVersions: {
      method: 'GET',
      path: '/api/v1/referrals/:caseId/versions',
      upstream: '/internal/referrals/:caseId/versions',
      roles: CaseRoles,
      scope: 'caseInvolvement',
      status: 200,
      summary: 'The versions of a referral: who changed which sections, when',
      params: CASE,
      responses: [{ status: 200, type: ReferralVersionPage }],
    },
    withdrawReferral: {
      method: 'POST',
      path: '/api/v1/referrals/:caseId/withdrawal',
      upstream: '/internal/referrals/:caseId/withdrawal',
      roles: ['first_responder'],
      scope: 'referringAgency',
      status: 204,
      summary: 'Withdraw a referral with a reason (the referring agency)',
      params: CASE,
      body: WithdrawReferralRequest,
      bodyExamples: { error: withdrawalExample },
      responses: [{ status: 204 }, { status: 409, description: 'already withdrawn' }, ...inputProblems],
    },
    readPersonalData: {
      method: 'GET',
      path: '/api/v1/referrals/:caseId/personal-data',
      upstream: '/internal/referrals/:caseId/personal-data',
      roles: CaseRoles,
      scope: 'caseInvolvement',
      note: 'the view by disclosure rules: full, care or investigation, within consent',
      status: 200,
      summary: "The person's details, as far as the reader needs to know them",
      description:
        'The referrer and the competent authority see everything the referral holds; a shelter or service ' +
        'provider the person was referred to sees who to receive and how to talk to them; investigators and ' +
        'prosecutors of an investigation the case belongs to see identity and documents, within the ' +
        "person's consent (children excepted). Anyone else gets 404. `withheld` names what was not shown.",
      params: CASE,
      responses: [
        { status: 200, type: PersonalDataResponse },
        { status: 403, description: "outside the person's consent" },
        { status: 410, description: 'the personal data was erased' },
      ],
    },
    overrideDisclosure: {
      method: 'POST',
      path: '/api/v1/referrals/:caseId/disclosure-overrides',
      upstream: '/internal/referrals/:caseId/disclosure-overrides',
      roles: ['supervisor'],
      scope: 'competentAuthority',
      status: 201,
      summary:
        "Disclose a person's details to one agency beyond their consent (a competent authority supervisor)",
      description:
        'The reason is kept sealed with the case and the decision is in the audit log. The agency still ' +
        'needs its own tie to the case (an investigation) to read the details.',
      params: CASE,
      body: DisclosureOverrideRequest,
      responses: [{ status: 201, type: DisclosureOverrideResponse }, ...inputProblems],
    },
    erasePersonalData: {
      method: 'POST',
      path: '/api/v1/referrals/:caseId/personal-data-erasure',
      upstream: '/internal/referrals/:caseId/personal-data-erasure',
      roles: ['supervisor'],
      scope: 'competentAuthority',
      status: 200,
      summary: 'Erase the personal data of a case (a supervisor of the competent authority)',
      description:
        'Every service destroys its data key for the case (crypto-shredding): names, documents, places, ' +
        'accounts and notes become unreadable for good. Statuses, dates, codes, statistics and the audit ' +
        'logs remain. Afterwards, writing personal data to the case answers 410.',
      params: CASE,
      body: ErasePersonalDataRequest,
      bodyExamples: { courtOrder: erasureExample },
      responses: [
        { status: 200, type: PersonalDataErasureResponse },
        { status: 409, description: 'already erased' },
        ...inputProblems,
      ],
    },
    referralConsents: {
      method: 'GET',
      path: '/api/v1/referrals/:caseId/consents',
      upstream: '/internal/referrals/:caseId/consents',
      roles: CaseRoles,
      scope: 'caseInvolvement',
      status: 200,
      summary: 'The consent in force, by purpose',
      params: CASE,
      responses: [{ status: 200, type: ConsentInForcePage }],
    },
    changeConsent: {
      method: 'POST',
      path: '/api/v1/referrals/:caseId/consents',
      upstream: '/internal/referrals/:caseId/consents',
      roles: ['first_responder', 'identification_officer', 'protection_case_worker', 'supervisor'],
      scope: 'caseInvolvement',
      note: 'a first responder of the referring agency only',
      status: 201,
      summary: 'Record consent given or withdrawn for one purpose',
      description: 'A withdrawal is an event every service acts on.',
      params: CASE,
      body: ConsentChangeRequest,
      bodyExamples: { withdrawal: consentWithdrawalExample },
      responses: [
        {
          status: 201,
          type: ConsentInForcePage,
          description: 'Recorded: the consent in force for each purpose, after the change',
        },
        ...inputProblems,
      ],
    },
  },
);

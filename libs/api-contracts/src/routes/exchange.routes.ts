import { AgreementRequest, ExchangeRequest, PartnerRequest } from '../exchange';
import {
  AgreementResponse,
  ExchangeMessagePage,
  ExchangeRequestAccepted,
  PartnerPage,
  PartnerResponse,
  QuarantinePage,
} from '../exchange-answers';
import { defineArea } from './route';

/** Messages with partner states: requests and a case's messages, the partner registry, the quarantine. */
export const ExchangeRoutes = defineArea(
  { tag: 'exchange', service: 'exchange' },
  {
    requestExchange: {
      method: 'POST',
      path: '/api/v1/exchange/requests',
      upstream: '/internal/exchange/requests',
      roles: ['protection_case_worker', 'supervisor'],
      scope: 'personalDataReader',
      note: "Refused unless the agreement in force covers the type and purpose, and the person's consent (or the child rule) allows it.",
      status: 201,
      summary: 'Send a message about a case to a partner state, minimised to the agreement',
      description:
        'The message is queued, signed and encrypted to the partner, and sent until the partner returns a ' +
        'signed receipt (or a signed refusal). Only the fields the agreement lists leave.',
      body: ExchangeRequest,
      responses: [
        { status: 201, type: ExchangeRequestAccepted },
        { status: 403, description: 'no agreement covers it, or consent does not allow it' },
        { status: 404, description: 'no such case for you, or no such partner' },
        { status: 410, description: "the person's data was erased" },
      ],
    },
    caseExchangeMessages: {
      method: 'GET',
      path: '/api/v1/cases/:caseId/exchange-messages',
      upstream: '/internal/exchange/cases/:caseId/messages',
      roles: ['protection_case_worker', 'supervisor', 'identification_officer'],
      scope: 'personalDataReader',
      status: 200,
      summary: "A case's messages with partner states: what left, to whom, when, under which agreement",
      params: { caseId: 'uuid' },
      responses: [
        { status: 200, type: ExchangeMessagePage },
        { status: 404, description: 'no such case for you' },
      ],
    },
    partners: {
      method: 'GET',
      path: '/api/v1/exchange/partners',
      upstream: '/internal/exchange/partners',
      roles: ['administrator', 'supervisor'],
      scope: 'deployment',
      status: 200,
      summary: 'The partner registry, with the agreement in force with each',
      responses: [{ status: 200, type: PartnerPage }],
    },
    registerPartner: {
      method: 'PUT',
      path: '/api/v1/exchange/partners/:country',
      upstream: '/internal/exchange/partners/:country',
      roles: ['administrator'],
      scope: 'deployment',
      status: 200,
      summary: 'Register a partner state or change it (a new version; revoked stops all exchange)',
      params: { country: 'text' },
      body: PartnerRequest,
      responses: [{ status: 200, type: PartnerResponse }],
    },
    recordAgreement: {
      method: 'PUT',
      path: '/api/v1/exchange/partners/:country/agreement',
      upstream: '/internal/exchange/partners/:country/agreement',
      roles: ['administrator'],
      scope: 'deployment',
      status: 200,
      summary: 'Record the agreement in force with a partner (it replaces the one before)',
      params: { country: 'text' },
      body: AgreementRequest,
      responses: [
        { status: 200, type: AgreementResponse },
        { status: 404, description: 'no such partner' },
      ],
    },
    quarantine: {
      method: 'GET',
      path: '/api/v1/exchange/quarantine',
      upstream: '/internal/exchange/quarantine',
      roles: ['administrator', 'supervisor'],
      scope: 'deployment',
      status: 200,
      summary: 'Messages refused from partners (or from whoever claimed to be one), kept for review',
      responses: [{ status: 200, type: QuarantinePage }],
    },
  },
);

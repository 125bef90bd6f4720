/** Examples of the exchange service's events. */
import type { EventDocumentation } from './shared';
import { CASE_ID, one } from './shared';

const MESSAGE_ID = '7d0c8e51-4b7a-4f3e-9a55-2f1e0c6b8d21';
const AGREEMENT_ID = '3f2a9b64-1c8d-4e7f-a0b5-6d9e8c7f1a23';
const message = {
  messageId: MESSAGE_ID,
  caseId: CASE_ID,
  partner: 'bh',
  type: 'transfer_referral',
  purpose: 'assistance',
};

export const ExchangeEvents: Record<string, EventDocumentation> = {
  'nrm.exchange.message-delivered': {
    summary: "A message left for a partner state and the partner's signed receipt came back.",
    examples: one('A transfer referral receipted by Bahrain at the second attempt', CASE_ID, {
      ...message,
      agreementId: AGREEMENT_ID,
      attempts: 2,
    }),
  },
  'nrm.exchange.message-refused': {
    summary: 'A partner state refused a message with a signed refusal; it is not sent again.',
    examples: one("A field beyond the partner's copy of the agreement", CASE_ID, {
      ...message,
      reason: 'beyond_agreement',
    }),
  },
  'nrm.exchange.message-received': {
    summary: "A partner state's message was accepted here and its receipt signed.",
    examples: one("Kuwait's transfer referral, accepted as a new case here", CASE_ID, {
      ...message,
      partner: 'kw',
      agreementId: AGREEMENT_ID,
    }),
  },
  'nrm.exchange.message-quarantined': {
    summary: 'A message that claimed to come from a partner state was refused and kept for review.',
    examples: one('A message whose ciphertext was altered', MESSAGE_ID, {
      quarantineId: MESSAGE_ID,
      claimedPartner: 'kw',
      reason: 'undecryptable',
    }),
  },
};

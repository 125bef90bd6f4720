import type { ExchangeMessageType, ExchangePurpose, ExchangeRefusalReason } from '@nrm/contracts';

/**
 * The rules of an agreement between two deployments: what may be exchanged, why, with which fields,
 * under which legal basis, and when. Plain TypeScript; both the sender and the receiver apply them.
 */
export interface Agreement {
  agreementId: string;
  /** What both parties call it, carried in every message. */
  reference: string;
  partner: string;
  messageTypes: readonly ExchangeMessageType[];
  purposes: readonly ExchangePurpose[];
  /** The body fields a message may carry: `person.names`, or `person` for all of the person. */
  fields: readonly string[];
  legalBasis: string;
  /** The first and last day it is in force (ISO dates; no last day: until replaced). */
  validFrom: string;
  validUntil: string | null;
}

export interface AgreementRefusal {
  reason: Extract<ExchangeRefusalReason, 'no_agreement' | 'beyond_agreement'>;
  detail: string;
}

/** A notice to stop processing is honoured under any agreement the parties ever had. */
const ALWAYS_ALLOWED: readonly ExchangeMessageType[] = ['cease_processing'];

/** Why a message of this type and purpose may not be exchanged under the agreement on `day`, if not. */
export function agreementRefusal(
  agreement: Agreement | undefined,
  message: { type: ExchangeMessageType; purpose: ExchangePurpose },
  day: string,
): AgreementRefusal | undefined {
  if (!agreement) return { reason: 'no_agreement', detail: 'there is no agreement with this partner' };
  if (ALWAYS_ALLOWED.includes(message.type)) return undefined;
  if (day < agreement.validFrom || (agreement.validUntil !== null && day > agreement.validUntil))
    return {
      reason: 'no_agreement',
      detail: `the agreement ${agreement.reference} is not in force on ${day}`,
    };
  if (!agreement.messageTypes.includes(message.type))
    return {
      reason: 'beyond_agreement',
      detail: `the agreement ${agreement.reference} does not cover ${message.type} messages`,
    };
  if (!agreement.purposes.includes(message.purpose))
    return {
      reason: 'beyond_agreement',
      detail: `the agreement ${agreement.reference} does not cover the purpose ${message.purpose}`,
    };
  return undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** The field paths a body holds: `person.names` for a field of an object, else the field's name. */
export function fieldPaths(body: Record<string, unknown>): string[] {
  return Object.entries(body).flatMap(([key, value]) =>
    isRecord(value) ? Object.keys(value).map((sub) => `${key}.${sub}`) : [key],
  );
}

function allowed(path: string, fields: readonly string[]): boolean {
  return fields.some((f) => path === f || path.startsWith(`${f}.`));
}

/** The fields of a body the agreement does not list (the receiver refuses a message carrying any). */
export function fieldsBeyond(body: Record<string, unknown>, fields: readonly string[]): string[] {
  return fieldPaths(body).filter((path) => !allowed(path, fields));
}

/** The body cut down to the fields the agreement lists: nothing else leaves. */
export function minimise(body: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined) continue;
    if (isRecord(value)) {
      const inner = Object.fromEntries(
        Object.entries(value).filter(([sub, v]) => v !== undefined && allowed(`${key}.${sub}`, fields)),
      );
      if (Object.keys(inner).length > 0) kept[key] = inner;
    } else if (allowed(key, fields)) kept[key] = value;
  }
  return kept;
}

/** The message types that carry a person's details, and so need their consent (or the child rule). */
export const CARRIES_PERSONAL_DATA: readonly ExchangeMessageType[] = [
  'transfer_referral',
  'information_request',
  'return_coordination',
  'prosecution_cooperation',
];

/** What the sender knows of the case when a message is asked for. */
export interface CaseConsent {
  handledAsChild: boolean;
  /** Consent in force by purpose, as intake records it. */
  consent: Readonly<Record<string, boolean>>;
  personalDataErased: boolean;
}

/**
 * Why a person's details may not go to a partner, if not: an adult must have agreed to their data
 * being shared; a child (or a person whose age is unknown) is referred in their best interests
 * without it, as a child's referral is. Nothing goes once the person's data was erased.
 */
export function consentRefusal(type: ExchangeMessageType, c: CaseConsent): string | undefined {
  if (!CARRIES_PERSONAL_DATA.includes(type)) return undefined;
  if (c.personalDataErased) return "the person's data was erased";
  if (c.handledAsChild) return undefined;
  if (!c.consent['data_sharing'])
    return 'the person has not agreed to their data being shared (consent purpose data_sharing)';
  return undefined;
}

/** How old a message's signature may be, and how far ahead of our clock. */
export const FUTURE_SKEW_SECONDS = 60;

/** Whether a message signed at `iat` (seconds) is inside the receiver's time window at `now`. */
export function insideTimeWindow(iat: number, now: Date, windowSeconds: number): boolean {
  const age = now.getTime() / 1000 - iat;
  return Number.isFinite(iat) && age <= windowSeconds && age >= -FUTURE_SKEW_SECONDS;
}

import { ExchangeMessageTypes, ExchangePurposes } from '@nrm/contracts';
import type { ExchangeRefusalReason } from '@nrm/contracts';
import type { ExchangeEnvelope } from '../wire/wire-format';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Whether a verified envelope has the shape every message must have (and a referral its names). */
export function envelopeProblem(e: ExchangeEnvelope): string | undefined {
  if (typeof e.id !== 'string' || !UUID.test(e.id)) return 'id must be a UUID';
  if (!ExchangeMessageTypes.includes(e.type)) return 'type is not a message type';
  if (!ExchangePurposes.includes(e.purpose)) return 'purpose is not a purpose';
  if (typeof e.agreement !== 'string' || typeof e.to !== 'string') return 'agreement and to are required';
  if (typeof e.iat !== 'number') return 'iat must be a number';
  if (!isRecord(e.body)) return 'body must be an object';
  for (const field of ['caseRef', 'inReplyTo'] as const)
    if (e[field] !== undefined && (typeof e[field] !== 'string' || !UUID.test(e[field])))
      return `${field} must be a UUID`;
  if (e.type === 'transfer_referral') {
    const names = isRecord(e.body['person']) ? e.body['person']['names'] : undefined;
    if (!isRecord(names)) return "a transfer referral must carry the person's names";
  }
  return undefined;
}

/** The HTTP status a refusal is answered with. */
export function refusalStatus(reason: ExchangeRefusalReason): number {
  switch (reason) {
    case 'unknown_partner':
    case 'revoked_partner':
    case 'no_agreement':
    case 'beyond_agreement':
      return 403;
    case 'bad_signature':
    case 'unknown_key':
      return 401;
    case 'replayed':
      return 409;
    case 'unprocessable':
      return 422;
    default:
      return 400;
  }
}

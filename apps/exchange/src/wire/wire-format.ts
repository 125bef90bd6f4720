import { createHash } from 'node:crypto';
import {
  CompactEncrypt,
  CompactSign,
  compactDecrypt,
  compactVerify,
  decodeProtectedHeader,
  errors,
} from 'jose';
import type { FlattenedJWSInput, JWSHeaderParameters, KeyLike } from 'jose';
import type { ExchangeMessageType, ExchangePurpose, ExchangeRefusalReason } from '@nrm/contracts';
import type { OwnKey, OwnKeyring } from './exchange-keys';

/**
 * The wire format between deployments: the message is signed by its sender (a JWS, ES256) and the
 * signed message encrypted to the receiver (a JWE, ECDH-ES+A256KW with A256GCM), so only the receiver
 * reads it and the receiver can prove who wrote it. Plain rules over `jose`; no framework.
 */
export interface ExchangeEnvelope {
  /** Stable over every attempt: the receiver's inbox key. */
  id: string;
  from: string;
  to: string;
  type: ExchangeMessageType;
  purpose: ExchangePurpose;
  /** The agreement's reference both parties know it by. */
  agreement: string;
  /** The sender's case id: what a reply names (pseudonymous, never a person's detail). */
  caseRef?: string;
  /** The message this one answers (a follow-up). */
  inReplyTo?: string;
  /** When this attempt was signed (seconds since the epoch): the receiver's time window. */
  iat: number;
  body: Record<string, unknown>;
}

/** A public key of a partner's set, found by the header's `kid` (jose's remote or local key sets). */
export type PartnerKeys = (header: JWSHeaderParameters, token: FlattenedJWSInput) => Promise<KeyLike>;

export const MESSAGE_TYPE = 'nrm-exchange+jws';
export const RECEIPT_TYPE = 'nrm-exchange-receipt+jws';
export const REFUSAL_TYPE = 'nrm-exchange-refusal+jws';

/** JSON with keys in order, so that the same content always has the same digest. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The digest of what a message says, the same on every attempt (its time of signing left out). */
export function contentDigest(envelope: Omit<ExchangeEnvelope, 'iat'> & { iat?: number }): string {
  const { iat: _iat, ...content } = envelope;
  return createHash('sha256').update(canonicalJson(content)).digest('base64url');
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Signs a JSON payload with one of our keys, typed so one kind of token cannot pass for another. */
export function signJson(payload: object, key: OwnKey, typ: string): Promise<string> {
  return new CompactSign(encoder.encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ })
    .sign(key.privateKey);
}

/** Signs a message with our current key and encrypts it to the partner's encryption key. */
export async function sealMessage(
  envelope: ExchangeEnvelope,
  signingKey: OwnKey,
  partnerEncryptionKey: { kid: string; key: KeyLike },
): Promise<{ jwe: string; jws: string }> {
  const jws = await signJson(envelope, signingKey, MESSAGE_TYPE);
  const jwe = await new CompactEncrypt(encoder.encode(jws))
    .setProtectedHeader({
      alg: 'ECDH-ES+A256KW',
      enc: 'A256GCM',
      kid: partnerEncryptionKey.kid,
      cty: MESSAGE_TYPE,
    })
    .encrypt(partnerEncryptionKey.key);
  return { jwe, jws };
}

export type OpenedMessage =
  | { ok: true; envelope: ExchangeEnvelope; jws: string; signingKid: string }
  | { ok: false; reason: ExchangeRefusalReason; claimedFrom?: string; id?: string };

/** The payload of a compact JWS as its signer wrote it, unverified (throws on one that is not JSON). */
export function signedPayload<T>(jws: string): T {
  const [, payload] = jws.split('.');
  return JSON.parse(decoder.decode(Buffer.from(payload ?? '', 'base64url'))) as T;
}

/** Reads the sender's claims from a signed message before its signature is checked (to find its keys). */
function unverifiedClaims(jws: string): Partial<ExchangeEnvelope> | undefined {
  try {
    const claims = signedPayload<unknown>(jws);
    return claims !== null && typeof claims === 'object' ? (claims as Partial<ExchangeEnvelope>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Decrypts with our key the header names and checks the signature against the claimed sender's keys.
 * `partnerKeys` answers undefined for a sender we do not know. The envelope's fields are checked
 * elsewhere (the inbox rules): here only that it was written by the key it names.
 */
export async function openMessage(
  jwe: string,
  decryptionKeys: OwnKeyring,
  partnerKeys: (country: string) => PartnerKeys | undefined,
): Promise<OpenedMessage> {
  let jws: string;
  try {
    const header = decodeProtectedHeader(jwe);
    const key = decryptionKeys.all.find((k) => k.kid === header.kid);
    if (!key) return { ok: false, reason: 'unknown_key' };
    jws = decoder.decode((await compactDecrypt(jwe, key.privateKey)).plaintext);
  } catch (error) {
    return {
      ok: false,
      reason:
        error instanceof errors.JOSEError && !(error instanceof errors.JWEInvalid)
          ? 'undecryptable'
          : 'malformed',
    };
  }
  const claims = unverifiedClaims(jws);
  const claimedFrom = typeof claims?.from === 'string' ? claims.from.slice(0, 8) : undefined;
  const id = typeof claims?.id === 'string' ? claims.id : undefined;
  if (!claims || !claimedFrom) return { ok: false, reason: 'malformed', id };
  const keys = partnerKeys(claimedFrom);
  if (!keys) return { ok: false, reason: 'unknown_partner', claimedFrom, id };
  try {
    const { protectedHeader } = await compactVerify(jws, keys);
    if (protectedHeader.typ !== MESSAGE_TYPE) return { ok: false, reason: 'malformed', claimedFrom, id };
    return { ok: true, envelope: claims as ExchangeEnvelope, jws, signingKid: protectedHeader.kid ?? '' };
  } catch (error) {
    // Our side failing to read the partner's keys is not the message's fault: the caller answers 503.
    if (!(error instanceof errors.JOSEError)) throw error;
    const reason: ExchangeRefusalReason =
      error instanceof errors.JWKSNoMatchingKey ? 'unknown_key' : 'bad_signature';
    return { ok: false, reason, claimedFrom, id };
  }
}

/** Checks a token signed by a partner (a receipt or a refusal) and answers its payload. */
export async function verifySigned<T>(token: string, keys: PartnerKeys, typ: string): Promise<T> {
  const { payload, protectedHeader } = await compactVerify(token, keys);
  if (protectedHeader.typ !== typ) throw new errors.JWSInvalid(`expected a ${typ}`);
  return JSON.parse(decoder.decode(payload)) as T;
}

/** What a receiver signs when it has accepted a message: kept by the sender as proof of delivery. */
export interface Receipt {
  receiptFor: string;
  from: string;
  to: string;
  digest: string;
  receivedAt: string;
}

/** What a receiver signs when it refuses a message: the sender keeps it and does not send again. */
export interface Refusal {
  refusalOf: string | null;
  from: string;
  to: string | null;
  reason: ExchangeRefusalReason;
  refusedAt: string;
}

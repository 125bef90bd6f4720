import { randomUUID } from 'node:crypto';

/**
 * The one event envelope of the platform. Its attributes are CloudEvents 1.0 attributes and travel as
 * Kafka headers (binary content mode); `data` is the message value. The Kafka key is always `subject`.
 */
export interface EventEnvelope<TData = unknown> {
  /** Unique id of this event; consumers de-duplicate on it. */
  readonly id: string;
  /** Event type, e.g. `nrm.intake.referral-received`. */
  readonly type: string;
  /** The producing service, e.g. `/nrm/intake`. */
  readonly source: string;
  /** The pseudonymous case id. */
  readonly subject: string;
  /** ISO 8601 instant the fact happened. */
  readonly time: string;
  /** Id shared by every event and request caused by one user action. */
  readonly correlationId: string;
  /** Id of the event or request that caused this one. */
  readonly causationId?: string;
  /** Major version of the payload schema. */
  readonly schemaVersion: number;
  readonly data: TData;
}

export const CLOUDEVENTS_SPEC_VERSION = '1.0';

/** Kafka header names carrying the envelope (CloudEvents Kafka protocol binding, binary mode). */
export const EnvelopeHeaders = {
  specVersion: 'ce_specversion',
  id: 'ce_id',
  type: 'ce_type',
  source: 'ce_source',
  subject: 'ce_subject',
  time: 'ce_time',
  correlationId: 'ce_correlationid',
  causationId: 'ce_causationid',
  schemaVersion: 'ce_schemaversion',
  contentType: 'content-type',
} as const;

export interface NewEnvelope<TData> {
  type: string;
  source: string;
  subject: string;
  schemaVersion: number;
  data: TData;
  correlationId: string;
  causationId?: string;
  id?: string;
  time?: Date;
}

export function buildEnvelope<TData>(input: NewEnvelope<TData>): EventEnvelope<TData> {
  if (!input.subject) throw new EnvelopeError('subject (case id) is required');
  if (!input.correlationId) throw new EnvelopeError('correlationId is required');
  if (!Number.isInteger(input.schemaVersion) || input.schemaVersion < 1) {
    throw new EnvelopeError('schemaVersion must be a positive integer');
  }
  return {
    id: input.id ?? randomUUID(),
    type: input.type,
    source: input.source,
    subject: input.subject,
    time: (input.time ?? new Date()).toISOString(),
    correlationId: input.correlationId,
    causationId: input.causationId,
    schemaVersion: input.schemaVersion,
    data: input.data,
  };
}

export class EnvelopeError extends Error {
  override readonly name = 'EnvelopeError';
}

export type KafkaHeaders = Record<string, string>;

export function envelopeToHeaders(envelope: EventEnvelope): KafkaHeaders {
  const headers: KafkaHeaders = {
    [EnvelopeHeaders.specVersion]: CLOUDEVENTS_SPEC_VERSION,
    [EnvelopeHeaders.id]: envelope.id,
    [EnvelopeHeaders.type]: envelope.type,
    [EnvelopeHeaders.source]: envelope.source,
    [EnvelopeHeaders.subject]: envelope.subject,
    [EnvelopeHeaders.time]: envelope.time,
    [EnvelopeHeaders.correlationId]: envelope.correlationId,
    [EnvelopeHeaders.schemaVersion]: String(envelope.schemaVersion),
    [EnvelopeHeaders.contentType]: 'application/json',
  };
  if (envelope.causationId) headers[EnvelopeHeaders.causationId] = envelope.causationId;
  return headers;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads an envelope from Kafka headers and value. Throws EnvelopeError naming what is missing or
 * malformed; the caller treats that as a poison message.
 */
export function envelopeFromMessage(headers: KafkaHeaders, value: string | null): EventEnvelope<unknown> {
  const get = (name: string): string => {
    const v = headers[name];
    if (v === undefined || v === '') throw new EnvelopeError(`header ${name} is missing`);
    return v;
  };
  if (get(EnvelopeHeaders.specVersion) !== CLOUDEVENTS_SPEC_VERSION) {
    throw new EnvelopeError(`header ${EnvelopeHeaders.specVersion} must be ${CLOUDEVENTS_SPEC_VERSION}`);
  }
  const id = get(EnvelopeHeaders.id);
  if (!UUID.test(id)) throw new EnvelopeError(`header ${EnvelopeHeaders.id} must be a UUID`);
  const time = get(EnvelopeHeaders.time);
  if (Number.isNaN(Date.parse(time)))
    throw new EnvelopeError(`header ${EnvelopeHeaders.time} must be an ISO 8601 time`);
  const schemaVersion = Number(get(EnvelopeHeaders.schemaVersion));
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw new EnvelopeError(`header ${EnvelopeHeaders.schemaVersion} must be a positive integer`);
  }
  if (value === null || value === '') throw new EnvelopeError('message value is empty');
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    throw new EnvelopeError('message value is not JSON');
  }
  return {
    id,
    type: get(EnvelopeHeaders.type),
    source: get(EnvelopeHeaders.source),
    subject: get(EnvelopeHeaders.subject),
    time,
    correlationId: get(EnvelopeHeaders.correlationId),
    causationId: headers[EnvelopeHeaders.causationId] || undefined,
    schemaVersion,
    data,
  };
}

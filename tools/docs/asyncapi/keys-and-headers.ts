/** Whom each event is keyed by, and the CloudEvents headers every message carries. */
import {
  AnalyticsTopics,
  AnonymousNoticeCounted,
  AnonymousNoticeRecorded,
  CLOUDEVENTS_SPEC_VERSION,
  CaseLinkedToInvestigation,
  CaseStageReached,
  CompensationOrdered,
  EnvelopeHeaders,
  ProsecutionStageReached,
  ReferralRecorded,
  Topics,
  VictimTestimonyArranged,
} from '@nrm/contracts';
import type { EventDefinition } from '@nrm/contracts';
import { SCHEMAS } from './types';
import type { JsonSchema } from './types';

export type KeyKind =
  | 'case'
  | 'investigation'
  | 'notice'
  | 'caseOrNotification'
  | 'personPseudonym'
  | 'investigationPseudonym'
  | 'anonymous';

const uuid = (description: string): JsonSchema => ({ type: 'string', format: 'uuid', description });

const KeySchemas: Record<KeyKind, JsonSchema> = {
  case: uuid('The case id.'),
  investigation: uuid('The investigation id (one investigation spans the cases of a network).'),
  notice: uuid('The anonymous notice id: there is no case.'),
  caseOrNotification: uuid(
    'The case id, or the notification id for a notification about no single case (the daily digest).',
  ),
  personPseudonym: {
    type: 'string',
    pattern: '^p-[a-z2-7]{26}$',
    description:
      "The person's pseudonym in this audience: an HMAC of the case id under the audience's own key, in base32.",
    examples: ['p-q4vmk2xj7tr5bwd3nhc6aepz5y'],
  },
  investigationPseudonym: {
    type: 'string',
    pattern: '^i-[a-z2-7]{26}$',
    description: "The investigation's pseudonym in this audience (HMAC under the audience's key, base32).",
    examples: ['i-m3ct7wq2hz5kxa4rbn6dvej2sf'],
  },
  anonymous: {
    type: 'string',
    const: 'anonymous',
    description: 'Anonymous notices are about nobody: every one has the key `anonymous`.',
  },
};

/** Whom each event is keyed by, where it is not the case id. */
const KeyKinds: Record<string, KeyKind> = {
  [AnonymousNoticeRecorded.type]: 'notice',
  [CaseLinkedToInvestigation.type]: 'case',
  [VictimTestimonyArranged.type]: 'case',
  [CompensationOrdered.type]: 'case',
  [ReferralRecorded.type]: 'personPseudonym',
  [CaseStageReached.type]: 'personPseudonym',
  [ProsecutionStageReached.type]: 'investigationPseudonym',
  [AnonymousNoticeCounted.type]: 'anonymous',
};

const analyticsTopicNames: readonly string[] = Object.values(AnalyticsTopics);
export const isAnalytics = (definition: EventDefinition<object>): boolean =>
  analyticsTopicNames.includes(definition.topic);

export function keyKindOf(definition: EventDefinition<object>): KeyKind {
  const kind = KeyKinds[definition.type];
  if (kind) return kind;
  if (isAnalytics(definition))
    throw new Error(`${definition.type}: say whom an analytics record is keyed by`);
  if (definition.topic === Topics.prosecutionProceedings) return 'investigation';
  if (definition.topic === Topics.notificationsDelivery) return 'caseOrNotification';
  return 'case';
}

/** The key schema of an event's messages (the Kafka key is also the ce_subject header). */
export function keySchemaOf(definition: EventDefinition<object>): JsonSchema {
  return KeySchemas[keyKindOf(definition)];
}

const H = EnvelopeHeaders;

export const CloudEventsHeaders: JsonSchema = {
  type: 'object',
  description:
    'CloudEvents 1.0 attributes as Kafka headers (Kafka protocol binding, binary content mode); the value is the payload.',
  required: [
    H.specVersion,
    H.id,
    H.type,
    H.source,
    H.subject,
    H.time,
    H.correlationId,
    H.schemaVersion,
    H.contentType,
  ],
  properties: {
    [H.specVersion]: { type: 'string', const: CLOUDEVENTS_SPEC_VERSION },
    [H.id]: {
      type: 'string',
      format: 'uuid',
      description:
        'Unique id of the event; consumers de-duplicate on it. Analytics records keep their id across replays; each audience has its own ids.',
    },
    [H.type]: { type: 'string', description: 'The event type, e.g. `nrm.intake.referral-received`.' },
    [H.source]: {
      type: 'string',
      pattern: '^/nrm/[a-z-]+$',
      description: 'The producing service, e.g. `/nrm/intake`.',
    },
    [H.subject]: { type: 'string', description: 'The same as the Kafka key.' },
    [H.time]: {
      type: 'string',
      format: 'date-time',
      description: 'When the fact happened (UTC); analytics records: the first instant of their month.',
    },
    [H.correlationId]: {
      type: 'string',
      minLength: 1,
      description:
        'Shared by every event and request caused by one user action; analytics records: the record id.',
    },
    [H.causationId]: {
      type: 'string',
      description: 'The event or request that caused this one, when known; never on analytics records.',
    },
    [H.schemaVersion]: {
      type: 'string',
      pattern: '^[1-9][0-9]*$',
      description: 'Major version of the payload schema, as a decimal string.',
    },
    [H.contentType]: { type: 'string', const: 'application/json' },
    ce_traceparent: {
      type: 'string',
      pattern: '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$',
      description:
        'W3C trace context of the work that emitted the event (CloudEvents distributed tracing extension); never on analytics records.',
    },
    ce_tracestate: { type: 'string', description: 'W3C trace state, when the trace has one.' },
  },
};

export function headersOf(definition: EventDefinition<object>): JsonSchema {
  const own: Record<string, JsonSchema> = {
    [H.type]: { const: definition.type },
    [H.source]: { const: `/nrm/${definition.source}` },
    [H.subject]: keySchemaOf(definition),
    [H.schemaVersion]: { const: String(definition.schemaVersion) },
  };
  if (isAnalytics(definition)) {
    own[H.time] = {
      pattern: '^\\d{4}-(0[1-9]|1[0-2])-01T00:00:00\\.000Z$',
      description: "The first instant (UTC) of the record's month: never a day.",
    };
  }
  return { allOf: [{ $ref: `${SCHEMAS}CloudEventsHeaders` }, { type: 'object', properties: own }] };
}

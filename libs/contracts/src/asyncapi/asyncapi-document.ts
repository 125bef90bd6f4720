/*
 * Builds the AsyncAPI 3.0.0 document of every Kafka topic of the platform (docs/asyncapi.yaml) from the
 * contracts themselves: topics from allTopics(), messages from the EventCatalogue, payload schemas from
 * the class-validator decorators of the payload classes (class-validator-jsonschema), headers from the
 * CloudEvents envelope. libs/contracts/src/asyncapi.spec.ts compares the committed document with it and
 * rewrites the document with UPDATE_ASYNCAPI=1.
 *
 * For tests only: it uses class-validator-jsonschema, a devDependency. It is not exported from the
 * contracts index and no service imports it, so the compiled copy in dist/ is never loaded in production.
 */
import 'reflect-metadata';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { IS_ISO31661_ALPHA_2, MATCHES, MAX, MIN } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { EventCatalogue } from '../catalogue';
import { DeadLetterHeaders, DeadLetterReasons } from '../dead-letter';
import { CLOUDEVENTS_SPEC_VERSION, EnvelopeHeaders } from '../envelope';
import type { EventDefinition } from '../event-definition';
import {
  AnonymousNoticeCounted,
  CaseStageReached,
  ProsecutionStageReached,
  ReferralRecorded,
} from '../events/analytics';
import { AnonymousNoticeRecorded, ReferralReceived } from '../events/intake';
import {
  CaseLinkedToInvestigation,
  CompensationOrdered,
  VictimTestimonyArranged,
} from '../events/prosecution';
import {
  AnalyticsAudiences,
  AnalyticsTopics,
  ServiceNames,
  Topics,
  allTopics,
  deadLetterTopic,
} from '../topics';
import type { AnalyticsAudience, ServiceName } from '../topics';
import { EventDocumentation } from './event-examples';

export type JsonSchema = Record<string, unknown>;

interface Reference {
  $ref: string;
}

export interface AsyncApiMessage {
  name: string;
  title: string;
  summary: string;
  description?: string;
  contentType: string;
  correlationId?: { description: string; location: string };
  headers: JsonSchema;
  payload: JsonSchema;
  bindings: { kafka: { bindingVersion: string; key: JsonSchema } };
  examples: { name: string; summary: string; headers: Record<string, string>; payload: unknown }[];
}

export interface AsyncApiChannel {
  address: string;
  title: string;
  description: string;
  messages: Record<string, Reference>;
  bindings: { kafka: { bindingVersion: string } };
}

export interface AsyncApiOperation {
  action: 'send';
  channel: Reference;
  title: string;
  summary: string;
  description: string;
  messages: Reference[];
}

export interface AsyncApiDocument {
  asyncapi: '3.0.0';
  info: { title: string; version: string; description: string };
  defaultContentType: string;
  servers: Record<string, { host: string; protocol: string; description: string }>;
  channels: Record<string, AsyncApiChannel>;
  operations: Record<string, AsyncApiOperation>;
  components: { schemas: Record<string, JsonSchema>; messages: Record<string, AsyncApiMessage> };
}

const KAFKA_BINDING_VERSION = '0.5.0';
const SCHEMAS = '#/components/schemas/';

// ---- payload schemas ---------------------------------------------------------------------------

type SchemaConverters = NonNullable<
  Parameters<typeof validationMetadatasToSchemas>[0]
>['additionalConverters'];

/** What class-validator-jsonschema gets wrong or leaves out for the decorators the contracts use. */
const additionalConverters: SchemaConverters = {
  // Not converted by default (it would emit a $ref to `Array`); the ISO list is checked case-insensitively.
  [IS_ISO31661_ALPHA_2]: {
    type: 'string',
    pattern: '^[A-Za-z]{2}$',
    description: 'ISO 3166-1 alpha-2 country code',
  },
  // The defaults add `type: number`, which can override the `integer` of @IsInt by decorator order.
  [MIN]: (meta: ValidationMetadata) => ({ minimum: meta.constraints[0] as number }),
  [MAX]: (meta: ValidationMetadata) => ({ maximum: meta.constraints[0] as number }),
  // A JSON Schema pattern has no flags: refuse a regular expression whose flags would be lost.
  [MATCHES]: (meta: ValidationMetadata) => {
    const pattern = meta.constraints[0] as RegExp;
    if (pattern.flags) {
      throw new Error(
        `${meta.target instanceof Function ? meta.target.name : ''}.${meta.propertyName}: flags`,
      );
    }
    return { type: 'string', pattern: pattern.source };
  },
};

/** Field descriptions of the analytics records: what outside analysts read. */
const AnalyticsFieldDescriptions: Record<string, Record<string, string>> = {
  ReferralRecordedV1: {
    month: 'Month the referral was received (YYYY-MM). CTDC: yearOfRegistration (and the month).',
    referralChannel: 'How the person came to be referred.',
    referringAgencyType:
      'Kind of the referring agency, never the agency itself; `unknown` if not in the directory.',
    ageBand: 'Age band at referral (CTDC: ageBroad).',
    child: 'Handled as a child: under 18 or of unknown age at referral (CTDC: majorityStatus).',
    sex: 'CTDC: gender.',
    nationalities: 'ISO 3166-1 alpha-2 codes, at most five; empty when unknown (CTDC: citizenship).',
    exploitationTypes: 'Empty when not specified (CTDC: typeOfExploit* and the is* exploitation flags).',
    meansOfControl: 'Empty when not specified (CTDC: meansOfControl*).',
    recruitmentMethod: 'How the person was recruited (nearest CTDC field: recruiterRelation).',
    immediateRisk: 'Danger to life, medical urgency or flight risk was raised at referral.',
  },
  AnonymousNoticeCountedV1: {
    month: 'Month of the encounter (YYYY-MM).',
    referralChannel: 'Channel the notice came through.',
    ageBand: 'CTDC: ageBroad.',
    sex: 'CTDC: gender.',
    nationalities: 'ISO 3166-1 alpha-2 codes, at most five (CTDC: citizenship).',
    exploitationTypes: 'CTDC: typeOfExploit*.',
  },
  CaseStageReachedV1: {
    stage: 'The stage reached.',
    month: 'Month the stage was reached (YYYY-MM).',
    outcome:
      'Decisions: positive or negative (preliminary, reconsidered), confirmed or not_confirmed (final); protection_opened: why it opened; indicators_assessed: the advice (indicated, labour-rights-case, not-indicated).',
    serviceType: 'service_referred and service_delivered: the kind of service; shelter_placed: shelter.',
    daysSinceReferral:
      'Whole days from the referral date to this stage; absent when the referral was not seen first.',
  },
  ProsecutionStageReachedV1: {
    stage: 'The stage reached.',
    month: 'Month of the stage (YYYY-MM).',
    article: 'charges_filed and verdict: the article as `lawCode:article`, e.g. `kw-91-2013:2`.',
    verdictOutcome: 'verdict only.',
    linkedCases: 'Referred cases linked to the investigation at this stage, as far as the stream knows.',
  },
};

/**
 * JSON Schemas of every payload class of the catalogue and of the classes nested in them, keyed by class
 * name, in catalogue order. Throws when a decorator could not be described.
 */
export function payloadSchemas(
  catalogue: readonly EventDefinition<object>[] = EventCatalogue,
): Record<string, JsonSchema> {
  const all = validationMetadatasToSchemas({
    refPointerPrefix: SCHEMAS,
    classTransformerMetadataStorage: defaultMetadataStorage,
    additionalConverters,
  }) as Record<string, JsonSchema>;
  const chosen: Record<string, JsonSchema> = {};
  const add = (name: string, from: string): void => {
    if (chosen[name]) return;
    const schema = all[name];
    if (!schema) throw new Error(`${from} refers to ${name}, which has no validation metadata`);
    chosen[name] = structuredClone(schema);
    for (const ref of refsIn(schema)) add(ref.slice(SCHEMAS.length), name);
  };
  for (const definition of catalogue) add(definition.payload.name, definition.type);
  for (const [name, fields] of Object.entries(AnalyticsFieldDescriptions)) {
    const properties = chosen[name]?.['properties'] as Record<string, JsonSchema> | undefined;
    for (const [field, description] of Object.entries(fields)) {
      const property = properties?.[field];
      if (!property) throw new Error(`${name}.${field} is described but is no field of ${name}`);
      property['description'] = description;
    }
  }
  return chosen;
}

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === '$ref' && typeof v === 'string' ? [v] : refsIn(v)));
}

// ---- keys and headers ------------------------------------------------------------------------------

type KeyKind =
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
const isAnalytics = (definition: EventDefinition<object>): boolean =>
  analyticsTopicNames.includes(definition.topic);

function keyKindOf(definition: EventDefinition<object>): KeyKind {
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

const CloudEventsHeaders: JsonSchema = {
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

function headersOf(definition: EventDefinition<object>): JsonSchema {
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

// ---- examples ----------------------------------------------------------------------------------

/** A fixed UUID derived from a text, with the given version nibble (4, or 8 like analytics record ids). */
function exampleUuid(seed: string, version: 4 | 8): string {
  let h = 0x811c9dc5;
  const hex: string[] = [];
  for (let round = 0; hex.join('').length < 32; round++) {
    for (const c of `${round}:${seed}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
    hex.push(h.toString(16).padStart(8, '0'));
  }
  const s = hex.join('').slice(0, 32).split('');
  s[12] = String(version);
  s[16] = '89ab'[parseInt(s[16] as string, 16) % 4] as string;
  const x = s.join('');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

function exampleHeaders(
  definition: EventDefinition<object>,
  key: string,
  payload: Record<string, unknown>,
  name: string,
): Record<string, string> {
  const analytics = isAnalytics(definition);
  const id = exampleUuid(`${definition.type}/${name}`, analytics ? 8 : 4);
  const month = typeof payload['month'] === 'string' ? payload['month'] : undefined;
  return {
    [H.specVersion]: CLOUDEVENTS_SPEC_VERSION,
    [H.id]: id,
    [H.type]: definition.type,
    [H.source]: `/nrm/${definition.source}`,
    [H.subject]: key,
    [H.time]: analytics && month ? `${month}-01T00:00:00.000Z` : exampleTime(payload),
    [H.correlationId]: analytics ? id : exampleUuid(`correlation/${definition.type}/${name}`, 4),
    [H.schemaVersion]: String(definition.schemaVersion),
    [H.contentType]: 'application/json',
  };
}

/** The example's own instant if it has one, else a fixed one. */
function exampleTime(payload: Record<string, unknown>): string {
  const instant = Object.values(payload).find(
    (v): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(v),
  );
  return instant ?? '2026-03-18T12:20:04.010Z';
}

// ---- the document ------------------------------------------------------------------------------

const pascal = (text: string): string =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join('');

/** The message's key in components.messages and in its channels: the type and the schema version. */
export const messageIdOf = (definition: EventDefinition<object>): string =>
  `${definition.type}.v${definition.schemaVersion}`;

export const DEAD_LETTER_MESSAGE = 'nrm.dead-letter';

interface TopicInfo {
  channelId: string;
  title: string;
  description: string;
  producer: string;
  summary: string;
  operation: string;
}

const prefixNote = (topic: string): string =>
  `A deployment with KAFKA_TOPIC_PREFIX set uses the topic \`<prefix>${topic}\`.`;

function topicInfo(topic: string): TopicInfo {
  const serviceKey = (Object.keys(Topics) as (keyof typeof Topics)[]).find((k) => Topics[k] === topic);
  if (serviceKey) {
    const sources = [...new Set(EventCatalogue.filter((d) => d.topic === topic).map((d) => d.source))];
    const producer = sources.join(', ');
    return {
      channelId: serviceKey,
      title: `${producer}: lifecycle events`,
      producer,
      summary: `${producer} publishes its lifecycle events.`,
      operation:
        `${producer} writes each event to its outbox in the transaction that records the fact; the outbox relay ` +
        'then publishes it (at least once: consumers de-duplicate on ce_id).',
      description:
        `Lifecycle events of ${producer} for the platform's services, never for analysts: they carry case ids. ` +
        'Every event of a case is keyed by the case id so it stays in order; see each message for the exceptions. ' +
        prefixNote(topic),
    };
  }
  const audience = (Object.keys(AnalyticsTopics) as AnalyticsAudience[]).find(
    (a) => AnalyticsTopics[a] === topic,
  );
  if (audience) {
    const consentNote =
      audience === 'national-statistics'
        ? 'It holds the records of every case: national statistics count every referral.'
        : "A person's records reach it only if the person agreed to pseudonymous use beyond national statistics; anonymous notices and prosecution records always do.";
    return {
      channelId: `analytics${pascal(audience)}`,
      title: `Analytics stream for the ${audience} audience`,
      producer: 'analytics',
      summary: `Analysts of the ${audience} audience receive these pseudonymised, generalised records.`,
      operation:
        `The analytics service derives records from the lifecycle events it consumes and sends them here through its ` +
        `outbox; analysts receive them by consuming ${topic} in consumer groups of their own.`,
      description:
        `The analytics service derives these records from the lifecycle topics and publishes each, unchanged, to every ` +
        `audience topic it may reach, each time under that audience's own pseudonyms and record ids; this topic carries the ${audience} audience's. ` +
        `${consentNote} Small counts are not suppressed here (only the statistics API suppresses them). ` +
        prefixNote(topic),
    };
  }
  const service = ServiceNames.find((s) => deadLetterTopic(s) === topic);
  if (service) {
    return {
      channelId: `deadLetter${pascal(service)}`,
      title: `Dead letters of ${service}`,
      producer: service,
      summary: `${service} dead-letters the messages its consumer could not read or handle.`,
      operation:
        `The ${service} consumer sends a message here straight away when it cannot read it, or after its handler ` +
        'failed every retry, and then moves on in the partition.',
      description:
        `Messages the ${service} service consumed but could not read (poison messages) or whose handler kept failing, ` +
        'each with its original key, value and headers plus the dlq_* headers. Operators list and replay them with ' +
        `\`npm run dlq -- list ${service}\` and \`npm run dlq -- replay ${service}\`. They carry case ids: not for analysts. ` +
        prefixNote(topic),
    };
  }
  throw new Error(`${topic} is neither a service, an analytics nor a dead-letter topic`);
}

/** The topics each event is published to: its own, or every audience topic for analytics records. */
export function topicsOf(definition: EventDefinition<object>): string[] {
  return isAnalytics(definition) ? AnalyticsAudiences.map((a) => AnalyticsTopics[a]) : [definition.topic];
}

function messageOf(definition: EventDefinition<object>): AsyncApiMessage {
  const documentation = EventDocumentation[definition.type];
  if (!documentation || documentation.examples.length === 0) {
    throw new Error(`${definition.type} needs a summary and an example in asyncapi/event-examples.ts`);
  }
  const key = keySchemaOf(definition);
  const message: AsyncApiMessage = {
    name: definition.type,
    title: titleOf(definition),
    summary: documentation.summary,
    contentType: 'application/json',
    correlationId: {
      description: 'Shared by the events and requests that one user action (or one scheduled check) caused.',
      location: `$message.header#/${H.correlationId}`,
    },
    headers: headersOf(definition),
    payload: { $ref: `${SCHEMAS}${definition.payload.name}` },
    bindings: { kafka: { bindingVersion: KAFKA_BINDING_VERSION, key } },
    examples: documentation.examples.map((e) => ({
      name: e.name,
      summary: e.summary,
      headers: exampleHeaders(definition, e.key, e.payload, e.name),
      payload: e.payload,
    })),
  };
  if (isAnalytics(definition)) {
    message.description =
      `Published by the analytics service, unchanged, to every audience topic (${topicsOf(definition).join(', ')}) ` +
      "each time under that audience's pseudonym and record id; the contract names the national-statistics topic as its home.";
    if (keyKindOf(definition) === 'personPseudonym') {
      message.description +=
        ' Records about a person reach the partners and research topics only if the person agreed to pseudonymous use beyond national statistics.';
    }
    delete message.correlationId;
  }
  return message;
}

function titleOf(definition: EventDefinition<object>): string {
  const name = definition.type.slice(definition.type.lastIndexOf('.') + 1).replace(/-/g, ' ');
  return `${name[0]?.toUpperCase()}${name.slice(1)} (v${definition.schemaVersion})`;
}

const DeadLetterHeadersSchema: JsonSchema = {
  type: 'object',
  description:
    "The original message's headers (the CloudEvents headers when it had them; a message dead-lettered as invalid_envelope may lack some) plus these.",
  required: Object.values(DeadLetterHeaders),
  properties: {
    [DeadLetterHeaders.originalTopic]: {
      type: 'string',
      description: 'The topic the message was read from, with its prefix; a replay sends it back there.',
    },
    [DeadLetterHeaders.originalPartition]: { type: 'string', pattern: '^\\d+$' },
    [DeadLetterHeaders.originalOffset]: { type: 'string', pattern: '^\\d+$' },
    [DeadLetterHeaders.consumerGroup]: {
      type: 'string',
      description: 'The consumer group that failed, `<prefix>nrm-<service>`.',
    },
    [DeadLetterHeaders.reason]: { type: 'string', enum: DeadLetterReasons },
    [DeadLetterHeaders.error]: {
      type: 'string',
      maxLength: 500,
      description: 'The error, `Name: message`, cut at 500 characters.',
    },
    [DeadLetterHeaders.attempts]: {
      type: 'string',
      pattern: '^\\d+$',
      description: 'How many times the handler was tried.',
    },
    [DeadLetterHeaders.failedAt]: { type: 'string', format: 'date-time' },
  },
  additionalProperties: { type: 'string' },
};

function deadLetterMessage(): AsyncApiMessage {
  const referral = ReferralReceived as EventDefinition<object>;
  const example = EventDocumentation[referral.type]?.examples[0];
  if (!example) throw new Error(`${referral.type} has no example`);
  return {
    name: 'dead-letter',
    title: 'Dead letter',
    summary: 'A message a service could not read or handle, as it was, with why and where it failed.',
    contentType: 'application/json',
    headers: { $ref: `${SCHEMAS}DeadLetterHeaders` },
    payload: {
      description:
        'The original value, unchanged: normally the JSON payload of an event of the catalogue (see ce_type), but anything for a message that could not be read.',
    },
    bindings: {
      kafka: {
        bindingVersion: KAFKA_BINDING_VERSION,
        key: { type: 'string', description: 'The original key, unchanged.' },
      },
    },
    examples: [
      {
        name: 'handler-failed',
        summary: 'A referral whose handler in identification failed five times',
        headers: {
          ...exampleHeaders(referral, example.key, example.payload, example.name),
          [DeadLetterHeaders.originalTopic]: referral.topic,
          [DeadLetterHeaders.originalPartition]: '2',
          [DeadLetterHeaders.originalOffset]: '1841',
          [DeadLetterHeaders.consumerGroup]: 'nrm-identification',
          [DeadLetterHeaders.reason]: 'handler_failed',
          [DeadLetterHeaders.error]: 'QueryFailedError: could not serialize access due to concurrent update',
          [DeadLetterHeaders.attempts]: '5',
          [DeadLetterHeaders.failedAt]: '2026-03-14T09:32:19.377Z',
        },
        payload: example.payload,
      },
    ],
  };
}

const INFO_DESCRIPTION = `Every Kafka topic of the national referral platform for victims of human trafficking: the lifecycle
topics the services publish, one analytics topic per analyst audience, and one dead-letter topic per
service. Generated from libs/contracts by libs/contracts/src/asyncapi.spec.ts; do not edit by hand.

Every message is a CloudEvents 1.0 event in Kafka binary mode: its attributes are \`ce_*\` headers, its
value is the JSON payload, and its Kafka key is its subject (\`ce_subject\`). A deployment may prefix
every topic name with KAFKA_TOPIC_PREFIX.

## Rules for analysts

Analysts read only the analytics topics (nrm.analytics.<audience>.v1); docs/analysts.md explains them.

- **A pseudonym per audience.** Records are keyed by a pseudonym, never a case id: \`p-\` and 26
  base32 characters for a person (a case), \`i-\` for an investigation, and the literal \`anonymous\` for
  anonymous notices. A pseudonym is an HMAC under the audience's own key: the same person has the same
  pseudonym within one audience, and unrelated pseudonyms in the other audiences, so audiences cannot
  join their records.
- **Consent.** Records of persons who did not agree to pseudonymous use beyond national statistics
  reach only the national-statistics topic.
- **Months, not days.** Dates are months (YYYY-MM) and \`ce_time\` is the first instant of that month;
  durations are whole days since the referral.
- **Age bands**, never ages (the CTDC bands 0-8, 9-17, 18-20, 21-23, 24-26, 27-29, 30-38, 39-47, 48+).
- **No identifying facts**: no names, documents, places, agencies (only agency types), case references
  or suspects.
- **Small counts are not suppressed in the stream.** Only the statistics API
  (/api/v1/statistics) hides counts below STATISTICS_MIN_CELL (11 by default) and the counts that would
  reveal them; analysts who publish from the stream must apply their own disclosure control.
- **Replays keep record ids.** Records are republished with the same \`ce_id\` when the stream is
  replayed: de-duplicate on \`ce_id\`.`;

export interface AsyncApiOptions {
  /** The platform's version (package.json). */
  version: string;
}

/** The AsyncAPI 3.0.0 document of every topic in allTopics(). */
export function buildAsyncApiDocument({ version }: AsyncApiOptions): AsyncApiDocument {
  const messages: Record<string, AsyncApiMessage> = {};
  for (const definition of EventCatalogue) {
    const id = messageIdOf(definition);
    if (messages[id]) throw new Error(`${id} is in the catalogue twice`);
    messages[id] = messageOf(definition);
  }
  messages[DEAD_LETTER_MESSAGE] = deadLetterMessage();

  const channels: Record<string, AsyncApiChannel> = {};
  const operations: Record<string, AsyncApiOperation> = {};
  for (const topic of allTopics()) {
    const info = topicInfo(topic);
    const carried = deadLetterTopicNames().includes(topic)
      ? [DEAD_LETTER_MESSAGE]
      : EventCatalogue.filter((d) => topicsOf(d).includes(topic)).map(messageIdOf);
    channels[info.channelId] = {
      address: topic,
      title: info.title,
      description: info.description,
      messages: Object.fromEntries(carried.map((id) => [id, { $ref: `#/components/messages/${id}` }])),
      bindings: { kafka: { bindingVersion: KAFKA_BINDING_VERSION } },
    };
    operations[`send${pascal(info.channelId)}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${info.channelId}` },
      title: `${info.producer} sends to ${topic}`,
      summary: info.summary,
      description: info.operation,
      messages: carried.map((id) => ({ $ref: `#/channels/${info.channelId}/messages/${id}` })),
    };
  }

  return {
    asyncapi: '3.0.0',
    info: { title: 'NRM platform events', version, description: INFO_DESCRIPTION },
    defaultContentType: 'application/json',
    servers: {
      development: {
        host: '127.0.0.1:9092',
        protocol: 'kafka',
        description:
          'The local broker of `npm start` (or one already listening there), without authentication. Deployments give their own brokers.',
      },
    },
    channels,
    operations,
    components: {
      schemas: {
        CloudEventsHeaders,
        DeadLetterHeaders: DeadLetterHeadersSchema,
        ...payloadSchemas(),
      },
      messages,
    },
  };
}

function deadLetterTopicNames(): string[] {
  return ServiceNames.map((s: ServiceName) => deadLetterTopic(s));
}

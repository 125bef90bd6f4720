/** A message per event of the catalogue, and the dead letter. */
import { DeadLetterHeaders, DeadLetterReasons, EnvelopeHeaders as H, ReferralReceived } from '@nrm/contracts';
import type { EventDefinition } from '@nrm/contracts';
import { topicsOf } from './channels';
import { exampleHeaders } from './example-headers';
import { EventDocumentation } from './examples';
import { headersOf, isAnalytics, keyKindOf, keySchemaOf } from './keys-and-headers';
import { KAFKA_BINDING_VERSION, SCHEMAS } from './types';
import type { AsyncApiMessage, JsonSchema } from './types';

/** The message's key in components.messages and in its channels: the type and the schema version. */
export const messageIdOf = (definition: EventDefinition<object>): string =>
  `${definition.type}.v${definition.schemaVersion}`;

export const DEAD_LETTER_MESSAGE = 'nrm.dead-letter';

export function messageOf(definition: EventDefinition<object>): AsyncApiMessage {
  const documentation = EventDocumentation[definition.type];
  if (!documentation || documentation.examples.length === 0) {
    throw new Error(`${definition.type} needs a summary and an example in tools/docs/asyncapi/examples`);
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

export const DeadLetterHeadersSchema: JsonSchema = {
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

export function deadLetterMessage(): AsyncApiMessage {
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

/*
 * Builds the AsyncAPI 3.0.0 document of every Kafka topic of the platform (docs/asyncapi.yaml) from the
 * contracts themselves: topics from allTopics(), messages from the EventCatalogue, payload schemas from
 * the class-validator decorators of the payload classes (class-validator-jsonschema), headers from the
 * CloudEvents envelope. `npm run docs` writes it (asyncapi-yaml.ts); asyncapi.spec.ts checks it.
 */
import { EventCatalogue, ServiceNames, allTopics, deadLetterTopic } from '@nrm/contracts';
import type { ServiceName } from '@nrm/contracts';
import { pascal, topicInfo, topicsOf } from './channels';
import { CloudEventsHeaders } from './keys-and-headers';
import {
  DEAD_LETTER_MESSAGE,
  DeadLetterHeadersSchema,
  deadLetterMessage,
  messageIdOf,
  messageOf,
} from './messages';
import { payloadSchemas } from './payload-schemas';
import { KAFKA_BINDING_VERSION } from './types';
import type { AsyncApiChannel, AsyncApiDocument, AsyncApiMessage, AsyncApiOperation } from './types';

const INFO_DESCRIPTION = `Every Kafka topic of the national referral platform for victims of human trafficking: the lifecycle
topics the services publish, one analytics topic per analyst audience, and one dead-letter topic per
service. Generated from libs/contracts by tools/docs (\`npm run docs\`); do not edit by hand.

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

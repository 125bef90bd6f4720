/** A channel per topic: the lifecycle topics, one per analyst audience, one dead-letter topic per service. */
import {
  AnalyticsAudiences,
  AnalyticsTopics,
  EventCatalogue,
  ServiceNames,
  Topics,
  deadLetterTopic,
} from '@nrm/contracts';
import type { AnalyticsAudience, EventDefinition } from '@nrm/contracts';
import { isAnalytics } from './keys-and-headers';

export const pascal = (text: string): string =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join('');

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

export function topicInfo(topic: string): TopicInfo {
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

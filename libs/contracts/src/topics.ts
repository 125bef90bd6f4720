import { DataServiceNames } from './service-registry';
import type { DataServiceName, ServiceName } from './service-registry';

/**
 * The catalogue of Kafka topics: one family per lifecycle stage, the version in the name. Every event
 * of a case is keyed by its case id so it stays in order within its topic.
 */
export const Topics = {
  intakeReferral: 'nrm.intake.referral.v1',
  identificationScreening: 'nrm.identification.screening.v1',
  protectionCase: 'nrm.protection.case.v1',
  prosecutionProceedings: 'nrm.prosecution.proceedings.v1',
  notificationsDelivery: 'nrm.notifications.delivery.v1',
  exchangeMessage: 'nrm.exchange.message.v1',
} as const;

/**
 * Who reads the analytics stream. Each audience has its own topic and its own pseudonym key, so two
 * audiences cannot join their records on the pseudonym.
 */
export const AnalyticsAudiences = ['national-statistics', 'partners', 'research'] as const;
export type AnalyticsAudience = (typeof AnalyticsAudiences)[number];

/** One pseudonymised, generalised topic per analytics audience; analysts may read only these. */
export const AnalyticsTopics = {
  'national-statistics': 'nrm.analytics.national-statistics.v1',
  partners: 'nrm.analytics.partners.v1',
  research: 'nrm.analytics.research.v1',
} as const satisfies Record<AnalyticsAudience, string>;

export type TopicName = (typeof Topics)[keyof typeof Topics] | (typeof AnalyticsTopics)[AnalyticsAudience];

/**
 * The lifecycle topics each service reads. With the topics of the events it emits and its own
 * dead-letter topic, this is all the service may touch: the broker's ACLs are derived from it
 * (`kafkaAccessOf`), and a service refuses to start with a handler for a topic not listed here.
 */
export const ServiceSubscriptions: Readonly<Record<DataServiceName, readonly TopicName[]>> = {
  // Who is involved in a case (providers, shelters, investigations) decides who reads the person's details.
  intake: [Topics.protectionCase, Topics.prosecutionProceedings],
  // Protection's events say which providers a case went to: they may ask for a reconsideration.
  identification: [Topics.intakeReferral, Topics.protectionCase],
  protection: [Topics.intakeReferral, Topics.identificationScreening, Topics.prosecutionProceedings],
  'prosecution-tracking': [Topics.intakeReferral],
  notifications: [
    Topics.intakeReferral,
    Topics.identificationScreening,
    Topics.protectionCase,
    Topics.prosecutionProceedings,
  ],
  // Decisions go back to the partner that referred a case; consent withdrawn and erasure stop partners.
  exchange: [Topics.intakeReferral, Topics.identificationScreening],
  // Its statistics are written with the records it derives, not read back from its own topic (ADR 0019).
  analytics: [
    Topics.intakeReferral,
    Topics.identificationScreening,
    Topics.protectionCase,
    Topics.prosecutionProceedings,
  ],
};

/** Each consuming service has its own dead-letter topic; a dead letter is replayed to its original topic. */
export function deadLetterTopic(service: ServiceName): string {
  return `nrm.${service}.dead-letter.v1`;
}

/** Every topic the platform declares: service topics, analytics topics, then dead-letter topics. */
export function allTopics(): string[] {
  return [
    ...Object.values(Topics),
    ...Object.values(AnalyticsTopics),
    ...DataServiceNames.map((s) => deadLetterTopic(s)),
  ];
}

/**
 * A prefix lets several environments (or test runs) share one cluster without sharing topics.
 */
export function withTopicPrefix(prefix: string, topic: string): string {
  return prefix ? `${prefix}${topic}` : topic;
}

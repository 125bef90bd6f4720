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
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

export const ServiceNames = [
  'gateway',
  'intake',
  'identification',
  'protection',
  'prosecution-tracking',
  'notifications',
] as const;
export type ServiceName = (typeof ServiceNames)[number];

/** Each consuming service has its own dead-letter topic; a dead letter is replayed to its original topic. */
export function deadLetterTopic(service: ServiceName): string {
  return `nrm.${service}.dead-letter.v1`;
}

/** Every topic the platform declares, service topics first, then dead-letter topics. */
export function allTopics(): string[] {
  return [
    ...Object.values(Topics),
    ...ServiceNames.filter((s) => s !== 'gateway').map((s) => deadLetterTopic(s)),
  ];
}

/**
 * A prefix lets several environments (or test runs) share one cluster without sharing topics.
 */
export function withTopicPrefix(prefix: string, topic: string): string {
  return prefix ? `${prefix}${topic}` : topic;
}

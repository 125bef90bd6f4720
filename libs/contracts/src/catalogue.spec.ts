import { analystPrincipal, platformKafkaAccess } from './catalogue';
import { AnalyticsAudiences, AnalyticsTopics, ServiceSubscriptions, Topics } from './topics';

describe('who may read what on Kafka (platformKafkaAccess)', () => {
  const access = platformKafkaAccess();
  const readersOf = (topic: string) => access.filter((a) => a.reads.includes(topic)).map((a) => a.principal);

  it('gives each analytics topic one reader: the analysts of its audience', () => {
    // Analytics counts its statistics as it derives the records; no service reads an audience's topic.
    for (const audience of AnalyticsAudiences) {
      expect(readersOf(AnalyticsTopics[audience])).toEqual([analystPrincipal(audience)]);
    }
  });

  it('lets analytics read the four lifecycle topics it derives the stream from, and nothing else', () => {
    const lifecycle = [
      Topics.intakeReferral,
      Topics.identificationScreening,
      Topics.protectionCase,
      Topics.prosecutionProceedings,
    ];
    expect([...ServiceSubscriptions.analytics].sort()).toEqual([...lifecycle].sort());
    expect(access.find((a) => a.principal === 'analytics')?.reads.sort()).toEqual([...lifecycle].sort());
  });
});

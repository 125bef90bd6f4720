/** The Kafka cluster, its topics and its users (Strimzi) against the topic catalogue and the apps' handlers. */
import {
  AnalyticsAudiences,
  AnalyticsTopics,
  ServiceNames,
  analystPrincipal,
  deadLetterTopic,
} from '@nrm/contracts';
import type { ServiceName } from '@nrm/contracts';
import { find, literalTopics, renderOverlay, topicAllowed } from './objects';
import {
  CLUSTER,
  DATA_SERVICES,
  DAY_MS,
  OVERLAYS,
  TOPIC_SIZES,
  analyticsTopics,
  catalogueTopics,
  consumedTopics,
  exported,
  producedTopics,
} from './platform';
import type { KafkaAccess, KafkaSpec, KafkaTopicSpec, KafkaUserSpec, NodePoolSpec } from './schemas';

describe('deployment manifests', () => {
  describe.each(OVERLAYS)('the %s overlay', (overlay) => {
    const objects = renderOverlay(overlay);
    const sizes = TOPIC_SIZES[overlay];

    it('runs Kafka in KRaft mode with SCRAM, ACLs and the right number of nodes', () => {
      const pools = objects.filter((r) => r.kind === 'KafkaNodePool');
      expect(pools).toHaveLength(1);
      const pool = pools[0]['spec'] as NodePoolSpec;
      expect(pool.replicas).toBe(sizes.nodes);
      expect([...pool.roles].sort()).toEqual(['broker', 'controller']);
      const kafka = find<{ spec: KafkaSpec }>(objects, 'Kafka', CLUSTER).spec;
      expect(kafka.kafka.authorization?.type).toBe('simple');
      expect(kafka.kafka.listeners.every((l) => l.authentication?.type === 'scram-sha-512')).toBe(true);
      expect(kafka.entityOperator?.topicOperator).toBeDefined();
      expect(kafka.entityOperator?.userOperator).toBeDefined();
      const config = kafka.kafka.config ?? {};
      expect(config['auto.create.topics.enable']).toBe(false);
      for (const key of ['offsets.topic.replication.factor', 'transaction.state.log.replication.factor'])
        expect(config[key]).toBe(sizes.replicas);
      expect(config['min.insync.replicas']).toBe(sizes.minInsync);
    });

    it('declares exactly the topics of the catalogue, sized and kept as they should be', () => {
      const topics = objects.filter((r) => r.kind === 'KafkaTopic');
      const names = topics.map((t) => (t['spec'] as KafkaTopicSpec).topicName ?? t.metadata.name);
      expect([...names].sort()).toEqual([...catalogueTopics].sort());
      const deadLetters = new Set(ServiceNames.map((s) => deadLetterTopic(s)));
      for (const t of topics) {
        const spec = t['spec'] as KafkaTopicSpec;
        const name = spec.topicName ?? t.metadata.name;
        const retention = deadLetters.has(name)
          ? 90 * DAY_MS
          : analyticsTopics.includes(name) || name.startsWith('nrm.analytics.')
            ? -1
            : 30 * DAY_MS;
        expect({ name, ...spec, config: { ...spec.config } }).toEqual({
          name,
          partitions: sizes.partitions,
          replicas: sizes.replicas,
          config: {
            'cleanup.policy': 'delete',
            'retention.ms': retention,
            'min.insync.replicas': sizes.minInsync,
          },
        });
      }
    });

    it.each(DATA_SERVICES)(
      'gives %s a Kafka user that writes and reads only what the code does',
      (service) => {
        const user = find<{ spec: KafkaUserSpec }>(objects, 'KafkaUser', service).spec;
        expect(user.authentication?.type).toBe('scram-sha-512');
        const writes = new Set([...producedTopics(service), deadLetterTopic(service as ServiceName)]);
        expect([...literalTopics(user, 'Write')].sort()).toEqual([...writes].sort());
        const consumed = consumedTopics(service);
        if (consumed !== undefined)
          expect([...literalTopics(user, 'Read')].sort()).toEqual([...consumed].sort());
        const subscriptions = (exported['ServiceSubscriptions'] as Record<string, string[]> | undefined)?.[
          service
        ];
        if (subscriptions !== undefined)
          expect([...literalTopics(user, 'Read')].sort()).toEqual([...subscriptions].sort());
        // Its consumer group nrm-<service> and the throwaway groups of its commands (nrm-analytics-replay-<uuid>).
        const groups = (user.authorization?.acls ?? []).filter((r) => r.resource.type === 'group');
        expect(groups.map((g) => `${g.resource.name} ${g.resource.patternType} ${g.operations}`)).toEqual([
          `nrm-${service} prefix Read,Delete`,
        ]);
        for (const rule of user.authorization?.acls ?? []) {
          expect(rule.type ?? 'allow').toBe('allow');
          expect(['topic', 'group']).toContain(rule.resource.type);
          if (rule.resource.type === 'topic') {
            expect(rule.resource.patternType ?? 'literal').toBe('literal');
            expect(catalogueTopics).toContain(rule.resource.name);
          }
        }
      },
    );

    it('grants every principal of the platform what platformKafkaAccess() says it needs', () => {
      const platformKafkaAccess = exported['platformKafkaAccess'] as (() => KafkaAccess[]) | undefined;
      if (platformKafkaAccess === undefined) return; // not in the catalogue (yet): the test above holds alone
      for (const access of platformKafkaAccess()) {
        const user = find<{ spec: KafkaUserSpec }>(objects, 'KafkaUser', access.principal).spec;
        const acls = user.authorization?.acls ?? [];
        for (const t of access.writes)
          expect({ access: access.principal, t, w: topicAllowed(user, t, 'Write') }).toEqual({
            access: access.principal,
            t,
            w: true,
          });
        for (const t of access.reads)
          expect({ access: access.principal, t, r: topicAllowed(user, t, 'Read') }).toEqual({
            access: access.principal,
            t,
            r: true,
          });
        for (const prefix of access.readsPrefixed) {
          const rule = acls.find(
            (r) =>
              r.resource.type === 'topic' &&
              r.resource.patternType === 'prefix' &&
              r.resource.name === prefix,
          );
          expect({ access: access.principal, prefix, read: rule?.operations.includes('Read') }).toEqual({
            access: access.principal,
            prefix,
            read: true,
          });
        }
        const group = acls.find((r) => r.resource.type === 'group' && r.resource.name === access.groupPrefix);
        expect({
          access: access.principal,
          group: group?.resource.patternType,
          read: group?.operations.includes('Read'),
        }).toEqual({ access: access.principal, group: 'prefix', read: true });
      }
    });

    it('lets each analyst audience read only its own analytics topic, in its own consumer groups', () => {
      for (const audience of AnalyticsAudiences) {
        const principal = analystPrincipal(audience);
        const analyst = find<{ spec: KafkaUserSpec }>(objects, 'KafkaUser', principal).spec;
        expect(analyst.authentication?.type).toBe('scram-sha-512');
        const allows = (analyst.authorization?.acls ?? []).filter((r) => (r.type ?? 'allow') === 'allow');
        for (const rule of allows) {
          expect(rule.operations.every((o) => o === 'Read' || o === 'Describe')).toBe(true);
          if (rule.resource.type !== 'topic') {
            expect(rule.resource).toEqual({ type: 'group', name: `${principal}-`, patternType: 'prefix' });
          }
        }
        const readable = [...catalogueTopics].filter((t) => topicAllowed(analyst, t, 'Read'));
        expect(readable).toEqual([AnalyticsTopics[audience]]);
        expect([...catalogueTopics].filter((t) => topicAllowed(analyst, t, 'Write'))).toEqual([]);
      }
      expect(objects.some((o) => o.kind === 'KafkaUser' && o.metadata?.name === 'analyst')).toBe(false);
    });

    it('lets the operators read only dead letters and write only the topics the services consume', () => {
      const ops = find<{ spec: KafkaUserSpec }>(objects, 'KafkaUser', 'nrm-operations').spec;
      const deadLetters = new Set(ServiceNames.map((s) => deadLetterTopic(s)));
      for (const t of catalogueTopics) {
        if (topicAllowed(ops, t, 'Read')) expect(deadLetters).toContain(t);
      }
      const consumedAnywhere = new Set(DATA_SERVICES.flatMap((s) => [...(consumedTopics(s) ?? [])]));
      for (const t of literalTopics(ops, 'Write')) expect(consumedAnywhere).toContain(t);
    });
  });
});

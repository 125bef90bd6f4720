/** The Kubernetes schemas (kubernetes-models) of the built-in kinds, and what Strimzi requires of its own. */
import { ConfigMap, Namespace, Service, ServiceAccount } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { CronJob, Job } from 'kubernetes-models/batch/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import type { Resource } from './kustomize';
import { CLUSTER } from './platform';

/** Built-in kinds and the kubernetes-models class that validates each; any other built-in kind fails. */
export const VALIDATORS: Record<string, { validate(data: Resource): void }> = {
  'v1/Namespace': { validate: (d) => new Namespace(d as never).validate() },
  'v1/ConfigMap': { validate: (d) => new ConfigMap(d as never).validate() },
  'v1/Service': { validate: (d) => new Service(d as never).validate() },
  'v1/ServiceAccount': { validate: (d) => new ServiceAccount(d as never).validate() },
  'apps/v1/Deployment': { validate: (d) => new Deployment(d as never).validate() },
  'batch/v1/Job': { validate: (d) => new Job(d as never).validate() },
  'batch/v1/CronJob': { validate: (d) => new CronJob(d as never).validate() },
  'policy/v1/PodDisruptionBudget': { validate: (d) => new PodDisruptionBudget(d as never).validate() },
  'autoscaling/v2/HorizontalPodAutoscaler': {
    validate: (d) => new HorizontalPodAutoscaler(d as never).validate(),
  },
  'networking.k8s.io/v1/NetworkPolicy': { validate: (d) => new NetworkPolicy(d as never).validate() },
};

export interface AclRule {
  type?: 'allow' | 'deny';
  resource: { type: 'topic' | 'group' | 'cluster' | 'transactionalId'; name?: string; patternType?: string };
  operations: string[];
}
export interface KafkaUserSpec {
  authentication?: { type: string };
  authorization?: { type: string; acls?: AclRule[] };
}
/** platformKafkaAccess() of libs/contracts/src/catalogue.ts, read through the export when there is one. */
export interface KafkaAccess {
  principal: string;
  writes: string[];
  reads: string[];
  readsPrefixed: string[];
  groupPrefix: string;
}
export interface KafkaTopicSpec {
  topicName?: string;
  partitions?: number;
  replicas?: number;
  config?: Record<string, string | number>;
}
export interface KafkaSpec {
  kafka: {
    listeners: {
      name: string;
      port: number;
      type: string;
      tls: boolean;
      authentication?: { type: string };
    }[];
    authorization?: { type: string };
    config?: Record<string, string | number | boolean>;
  };
  entityOperator?: { topicOperator?: object; userOperator?: object };
}
export interface NodePoolSpec {
  replicas: number;
  roles: string[];
  storage: { type: string };
}

const ACL_OPERATIONS = new Set([
  'Read',
  'Write',
  'Create',
  'Delete',
  'Alter',
  'Describe',
  'ClusterAction',
  'AlterConfigs',
  'DescribeConfigs',
  'IdempotentWrite',
  'All',
]);

/** What the Strimzi CRDs (kafka.strimzi.io/v1) require of the fields these manifests use. */
export function strimziProblems(r: Resource): string[] {
  const problems: string[] = [];
  const spec = r['spec'] as Record<string, unknown> | undefined;
  if (!spec) return ['spec is missing'];
  if (r.kind !== 'Kafka' && r.metadata.labels?.['strimzi.io/cluster'] !== CLUSTER)
    problems.push(`label strimzi.io/cluster is not ${CLUSTER}`);
  if (r.kind === 'Kafka') {
    const k = spec as unknown as KafkaSpec;
    if (!Array.isArray(k.kafka?.listeners) || k.kafka.listeners.length === 0) problems.push('no listeners');
    for (const l of k.kafka?.listeners ?? []) {
      if (!/^[a-z0-9]{1,11}$/.test(l.name)) problems.push(`listener name ${l.name}`);
      if (!Number.isInteger(l.port) || l.port < 9092) problems.push(`listener port ${l.port}`);
      if (!['internal', 'route', 'loadbalancer', 'nodeport', 'ingress', 'cluster-ip'].includes(l.type))
        problems.push(`listener type ${l.type}`);
      if (typeof l.tls !== 'boolean') problems.push(`listener ${l.name} without tls`);
    }
  } else if (r.kind === 'KafkaNodePool') {
    const p = spec as unknown as NodePoolSpec;
    if (!Number.isInteger(p.replicas) || p.replicas < 0) problems.push('replicas');
    if (!Array.isArray(p.roles) || p.roles.some((x) => !['controller', 'broker'].includes(x)))
      problems.push('roles');
    if (!['ephemeral', 'persistent-claim', 'jbod'].includes(p.storage?.type)) problems.push('storage.type');
  } else if (r.kind === 'KafkaTopic') {
    const t = spec as KafkaTopicSpec;
    if (!Number.isInteger(t.partitions) || (t.partitions ?? 0) < 1) problems.push('partitions');
    if (!Number.isInteger(t.replicas) || (t.replicas ?? 0) < 1) problems.push('replicas');
    if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(r.metadata.name))
      problems.push('name is not a resource name');
  } else if (r.kind === 'KafkaUser') {
    const u = spec as KafkaUserSpec;
    if (u.authentication && !['tls', 'tls-external', 'scram-sha-512'].includes(u.authentication.type))
      problems.push('authentication.type');
    if (u.authorization) {
      if (!['simple'].includes(u.authorization.type)) problems.push('authorization.type');
      for (const rule of u.authorization.acls ?? []) {
        if (rule.type !== undefined && !['allow', 'deny'].includes(rule.type)) problems.push('acl type');
        if (!['topic', 'group', 'cluster', 'transactionalId'].includes(rule.resource?.type))
          problems.push('acl resource.type');
        if (rule.resource?.type !== 'cluster' && !rule.resource?.name) problems.push('acl resource.name');
        if (!['literal', 'prefix', undefined].includes(rule.resource?.patternType))
          problems.push('acl resource.patternType');
        if (!Array.isArray(rule.operations) || rule.operations.some((o) => !ACL_OPERATIONS.has(o)))
          problems.push('acl operations');
      }
    }
  } else {
    problems.push(`no check for ${r.kind}`);
  }
  return problems;
}

/** Reading the rendered objects: finding them, their pods' environment, hardening, policies and ACLs. */
import path from 'node:path';
import type { IContainer, IPodSpec } from 'kubernetes-models/v1';
import type { INetworkPolicyPeer } from 'kubernetes-models/networking.k8s.io/v1';
import { podSpecOf, render } from './kustomize';
import type { Resource } from './kustomize';
import { K8S } from './platform';
import type { Overlay } from './platform';
import type { AclRule, KafkaUserSpec } from './schemas';

/** An overlay of deploy/k8s/overlays, rendered. */
export const renderOverlay = (overlay: Overlay): Resource[] => render(path.join(K8S, 'overlays', overlay));

export function find<T>(objects: Resource[], kind: string, name: string): T {
  const found = objects.find((r) => r.kind === kind && r.metadata.name === name);
  if (!found) throw new Error(`${kind} ${name} is missing`);
  return found as unknown as T;
}

export function selects(
  selector: Record<string, string> | undefined,
  labels: Record<string, string> | undefined,
) {
  return Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);
}

/** Every variable the container gets, as `value`, `configMap:<name>` or `secret:<name>/<key>`. */
export function environment(container: IContainer, objects: Resource[]): Map<string, string> {
  const env = new Map<string, string>();
  for (const source of container.envFrom ?? []) {
    if (source.secretRef) throw new Error('envFrom a whole Secret: name each secret variable instead');
    const name = source.configMapRef?.name ?? '';
    const cm = find<{ data?: Record<string, string> }>(objects, 'ConfigMap', name);
    for (const [k, v] of Object.entries(cm.data ?? {})) env.set(k, `${v}`);
  }
  for (const e of container.env ?? []) {
    const secret = e.valueFrom?.secretKeyRef;
    env.set(e.name, secret ? `secret:${secret.name}/${secret.key}` : (e.value ?? ''));
  }
  return env;
}

export function mainContainer(r: Resource): IContainer {
  const containers = podSpecOf(r)?.containers ?? [];
  expect(containers).toHaveLength(1);
  return containers[0];
}

export function expectHardened(r: Resource, memoryLimitMi = 256): void {
  const pod = podSpecOf(r) as IPodSpec;
  const c = mainContainer(r);
  const where = `${r.kind} ${r.metadata.name}`;
  const runAsNonRoot = c.securityContext?.runAsNonRoot ?? pod.securityContext?.runAsNonRoot;
  const runAsUser = c.securityContext?.runAsUser ?? pod.securityContext?.runAsUser;
  const seccomp = c.securityContext?.seccompProfile?.type ?? pod.securityContext?.seccompProfile?.type;
  expect({ where, runAsNonRoot, runAsUser, seccomp }).toEqual({
    where,
    runAsNonRoot: true,
    runAsUser: 1000,
    seccomp: 'RuntimeDefault',
  });
  expect({ where, ...c.securityContext }).toMatchObject({
    where,
    readOnlyRootFilesystem: true,
    allowPrivilegeEscalation: false,
    capabilities: { drop: ['ALL'] },
  });
  expect(pod.automountServiceAccountToken).toBe(false);
  const tmp = c.volumeMounts?.find((m) => m.mountPath === '/tmp');
  expect(tmp).toBeDefined();
  expect(pod.volumes?.find((v) => v.name === tmp?.name)?.emptyDir).toBeDefined();
  const limits = c.resources?.limits ?? {};
  const requests = c.resources?.requests ?? {};
  expect({ where, cpu: limits['cpu'] !== undefined, memory: limits['memory'] !== undefined }).toEqual({
    where,
    cpu: true,
    memory: true,
  });
  expect({ where, cpu: requests['cpu'] !== undefined, memory: requests['memory'] !== undefined }).toEqual({
    where,
    cpu: true,
    memory: true,
  });
  expect(mebibytes(`${limits['memory']}`)).toBeLessThanOrEqual(memoryLimitMi);
}

function mebibytes(quantity: string): number {
  const m = /^(\d+)(Mi|Gi|M|G)?$/.exec(quantity);
  if (!m) throw new Error(`unexpected memory quantity ${quantity}`);
  const n = Number(m[1]);
  return { Mi: n, Gi: n * 1024, M: (n * 1e6) / 2 ** 20, G: (n * 1e9) / 2 ** 20 }[m[2] ?? ''] ?? n / 2 ** 20;
}

export const ports = (rule: { ports?: { port?: number | string; protocol?: string }[] }) =>
  (rule.ports ?? []).map((p) => `${p.port}/${p.protocol ?? 'TCP'}`).sort();

export function isDns(peer: INetworkPolicyPeer): boolean {
  return (
    peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'kube-system' &&
    peer.podSelector?.matchLabels?.['k8s-app'] === 'kube-dns'
  );
}

export function isPublicInternet(peer: INetworkPolicyPeer): boolean {
  const except = peer.ipBlock?.except ?? [];
  return (
    peer.ipBlock?.cidr === '0.0.0.0/0' &&
    ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].every((c) => except.includes(c))
  );
}

export function topicAllowed(user: KafkaUserSpec, topic: string, operation: string): boolean {
  const matches = (rule: AclRule) =>
    rule.resource.type === 'topic' &&
    (rule.resource.patternType === 'prefix'
      ? topic.startsWith(rule.resource.name ?? '')
      : rule.resource.name === topic || rule.resource.name === '*') &&
    (rule.operations.includes(operation) || rule.operations.includes('All'));
  const acls = user.authorization?.acls ?? [];
  return (
    acls.some((r) => (r.type ?? 'allow') === 'allow' && matches(r)) &&
    !acls.some((r) => r.type === 'deny' && matches(r))
  );
}

export const literalTopics = (user: KafkaUserSpec, operation: string) =>
  new Set(
    (user.authorization?.acls ?? [])
      .filter(
        (r) =>
          (r.type ?? 'allow') === 'allow' &&
          r.resource.type === 'topic' &&
          (r.resource.patternType ?? 'literal') === 'literal' &&
          r.operations.includes(operation),
      )
      .map((r) => r.resource.name ?? ''),
  );

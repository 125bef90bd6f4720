/** Each service's Deployment and what goes with it, its migration Job and its nightly audit verification. */
import type { IPodSpec } from 'kubernetes-models/v1';
import type { IDeployment } from 'kubernetes-models/apps/v1';
import type { ICronJob, IJob } from 'kubernetes-models/batch/v1';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { serviceRegistration, serviceVariablePart } from '@nrm/contracts';
import type { ServiceName } from '@nrm/contracts';
import { podSpecOf } from './kustomize';
import type { Resource } from './kustomize';
import { environment, expectHardened, find, mainContainer, renderOverlay, selects } from './objects';
import {
  CALLS,
  CLUSTER,
  DATA_ENV,
  DATA_SERVICES,
  OVERLAYS,
  PARTNER_PORTS,
  PORTS,
  REQUIRED_ENV,
  SECRET_ENV,
  SERVICES,
  TOPIC_SIZES,
} from './platform';

describe('deployment manifests', () => {
  describe.each(OVERLAYS)('the %s overlay', (overlay) => {
    const objects = renderOverlay(overlay);
    const sizes = TOPIC_SIZES[overlay];

    it.each(SERVICES)(
      'deploys %s with its service, config, account, budget, autoscaler and policy',
      (service) => {
        const port = PORTS[service];
        // The API's port, then the partner listener's for a service that has one (exchange).
        const partner = PARTNER_PORTS[service];
        const listeners = partner === undefined ? [port] : [port, partner];
        const deployment = find<IDeployment & Resource>(objects, 'Deployment', service);
        const pod = deployment.spec?.template.spec as IPodSpec;
        const podLabels = deployment.spec?.template.metadata?.labels;
        expect(selects(deployment.spec?.selector.matchLabels, podLabels)).toBe(true);
        const c = mainContainer(deployment);
        expect(c.image).toMatch(new RegExp(`/${service}(:[\\w.-]+)?$`));
        expect(c.args ?? ['serve']).toEqual(['serve']);
        expect(c.ports?.map((p) => p.containerPort)).toEqual(listeners);
        for (const [probe, route] of [
          [c.livenessProbe, '/health/live'],
          [c.readinessProbe, '/health/ready'],
        ] as const) {
          expect(probe?.httpGet?.path).toBe(route);
          expect([port, 'http']).toContain(probe?.httpGet?.port);
        }
        expect(c.startupProbe?.httpGet?.path).toMatch(/^\/health\/(live|ready)$/);
        expect(deployment.spec?.template.metadata?.annotations).toMatchObject({
          'prometheus.io/scrape': 'true',
          'prometheus.io/port': String(port),
          'prometheus.io/path': '/metrics',
        });
        expectHardened(deployment);

        const account = find<{ automountServiceAccountToken?: boolean }>(objects, 'ServiceAccount', service);
        expect(pod.serviceAccountName).toBe(service);
        expect(account.automountServiceAccountToken).toBe(false);

        const svc = find<{
          spec: { selector: Record<string, string>; ports: { port: number; targetPort: unknown }[] };
        }>(objects, 'Service', service);
        expect(selects(svc.spec.selector, podLabels)).toBe(true);
        expect(svc.spec.ports.map((p) => p.port)).toEqual(listeners);
        expect([port, 'http']).toContain(svc.spec.ports[0].targetPort);

        const pdb = find<IPodDisruptionBudget>(objects, 'PodDisruptionBudget', service);
        expect(selects(pdb.spec?.selector?.matchLabels, podLabels)).toBe(true);
        const hpa = find<IHorizontalPodAutoscaler>(objects, 'HorizontalPodAutoscaler', service);
        expect(hpa.spec?.scaleTargetRef).toEqual({
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          name: service,
        });
        expect(hpa.spec?.minReplicas ?? 1).toBeLessThanOrEqual(hpa.spec?.maxReplicas ?? 0);
        if (service !== 'gateway') expect(hpa.spec?.maxReplicas).toBeLessThanOrEqual(sizes.partitions);
        if (overlay === 'production') expect(hpa.spec?.minReplicas).toBeGreaterThanOrEqual(2);

        const policy = find<INetworkPolicy>(objects, 'NetworkPolicy', service);
        expect(selects(policy.spec?.podSelector.matchLabels, podLabels)).toBe(true);
        expect([...(policy.spec?.policyTypes ?? [])].sort()).toEqual(['Egress', 'Ingress']);

        const env = environment(c, objects);
        expect(env.get('PORT')).toBe(String(port));
        expect(env.get('HOST')).toBe('0.0.0.0');
        expect(env.get('NODE_ENV')).toBe('production');
        for (const name of REQUIRED_ENV[service])
          expect({ service, name, set: env.has(name) }).toEqual({ service, name, set: true });
        for (const [name, value] of env) {
          if (SECRET_ENV.test(name))
            expect({ name, value }).toEqual({ name, value: expect.stringMatching(/^secret:/) });
        }
        if (service === 'gateway') {
          for (const s of DATA_SERVICES)
            expect(env.get(`${s.toUpperCase().replace(/-/g, '_')}_URL`)).toBe(`http://${s}:${PORTS[s]}`);
          expect(env.has('JWT_JWKS_URL') || env.has('JWT_PUBLIC_KEY')).toBe(true);
          expect(env.has('DATABASE_URL')).toBe(false);
        } else {
          for (const name of DATA_ENV)
            expect({ service, name, set: env.has(name) }).toEqual({ service, name, set: true });
          expect(env.get('DB_SCHEMA')).toBe(service.replace(/-/g, '_'));
          expect(env.get('SEEDS_DIR')).toBe('/app/seeds');
          expect(env.get('KAFKA_SASL_USERNAME')).toBe(service);
          expect(env.get('KAFKA_SASL_PASSWORD')).toBe(`secret:${service}/password`);
          expect(env.get('KAFKA_SSL')).toBe('true');
          expect(env.get('NODE_EXTRA_CA_CERTS')).toBe('/etc/nrm/kafka-ca/ca.crt');
          if (partner !== undefined)
            expect(env.get(`${serviceVariablePart(service)}_PARTNER_PORT`)).toBe(String(partner));
          for (const s of CALLS[service])
            expect(env.get(serviceRegistration(s as ServiceName).upstreamUrlVariable ?? '')).toBe(
              `http://${s}:${PORTS[s]}`,
            );
          const ca = c.volumeMounts?.find((m) => m.mountPath === '/etc/nrm/kafka-ca');
          expect(pod.volumes?.find((v) => v.name === ca?.name)?.secret?.secretName).toBe(
            `${CLUSTER}-cluster-ca-cert`,
          );
        }
      },
    );

    it.each(DATA_SERVICES)('migrates %s with a Job running prepare, never from the Deployment', (service) => {
      const jobs = objects.filter(
        (r) =>
          r.kind === 'Job' &&
          (r as unknown as IJob).spec?.template.metadata?.labels?.['app.kubernetes.io/name'] === service,
      );
      expect(jobs).toHaveLength(1);
      const job = jobs[0] as unknown as IJob & Resource;
      const c = mainContainer(job);
      const deployment = find<Resource>(objects, 'Deployment', service);
      expect(c.image).toBe(mainContainer(deployment).image);
      expect(c.args).toEqual(['prepare']);
      expect(job.spec?.template.spec?.restartPolicy).toBe('Never');
      expect(job.spec?.parallelism ?? 1).toBe(1);
      expectHardened(job);
      const env = environment(c, objects);
      for (const name of [...REQUIRED_ENV[service], 'DATABASE_URL', 'DB_SCHEMA', 'KAFKA_BROKERS', 'PORT'])
        expect({ name, set: env.has(name) }).toEqual({ name, set: true });
      expect(env.get('DB_SCHEMA')).toBe(service.replace(/-/g, '_'));
      const policy = find<INetworkPolicy>(objects, 'NetworkPolicy', service);
      expect(selects(policy.spec?.podSelector.matchLabels, job.spec?.template.metadata?.labels)).toBe(true);
    });

    it.each(DATA_SERVICES)('verifies the audit chain of %s every night in its own pod', (service) => {
      const cron = find<ICronJob & Resource>(objects, 'CronJob', `${service}-audit-verify`);
      const c = mainContainer(cron);
      expect(c.image).toBe(mainContainer(find<Resource>(objects, 'Deployment', service)).image);
      expect(c.args).toEqual(['audit-verify']);
      expect(cron.spec?.suspend ?? false).toBe(false);
      expect(cron.spec?.concurrencyPolicy).toBe('Forbid');
      // Exit 3 (a broken chain) must fail the Job, not be retried into a success.
      expect(cron.spec?.jobTemplate.spec?.backoffLimit).toBe(0);
      expect(podSpecOf(cron)?.restartPolicy).toBe('Never');
      expectHardened(cron, 1024);
      const env = environment(c, objects);
      for (const name of [...REQUIRED_ENV[service], 'DATABASE_URL', 'DB_SCHEMA', 'KAFKA_BROKERS', 'PORT'])
        expect({ name, set: env.has(name) }).toEqual({ name, set: true });
    });

    it('runs no migration for the gateway', () => {
      const jobs = objects.filter((r) => r.kind === 'Job');
      expect(jobs.map((j) => j.metadata.name).sort()).toEqual(
        DATA_SERVICES.map((s) => `${s}-migrate`).sort(),
      );
    });
  });
});

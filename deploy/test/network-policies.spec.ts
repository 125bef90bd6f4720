/** Who may talk to whom: the NetworkPolicy of each service. */
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { find, isDns, isPublicInternet, ports, renderOverlay } from './objects';
import { CLUSTER, DATA_SERVICES, OVERLAYS, PORTS } from './platform';

describe('deployment manifests', () => {
  describe.each(OVERLAYS)('the %s overlay', (overlay) => {
    const objects = renderOverlay(overlay);

    it.each(DATA_SERVICES)(
      'lets %s talk only to the gateway, Prometheus, Kafka, PostgreSQL and DNS',
      (service) => {
        const port = PORTS[service];
        const spec = find<INetworkPolicy>(objects, 'NetworkPolicy', service).spec;
        for (const rule of spec?.ingress ?? []) {
          expect(ports(rule)).toEqual([`${port}/TCP`]);
          for (const peer of rule.from ?? []) {
            const fromGateway =
              !peer.namespaceSelector &&
              peer.podSelector?.matchLabels?.['app.kubernetes.io/name'] === 'gateway';
            const fromPrometheus =
              peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'monitoring' &&
              peer.podSelector?.matchLabels?.['app.kubernetes.io/name'] === 'prometheus';
            expect({ service, peer, allowed: fromGateway || fromPrometheus }).toMatchObject({
              allowed: true,
            });
          }
        }
        expect(spec?.ingress?.length).toBe(2);
        for (const rule of spec?.egress ?? []) {
          const to = rule.to ?? [];
          const kafka =
            to.length > 0 && to.every((p) => p.podSelector?.matchLabels?.['strimzi.io/cluster'] === CLUSTER);
          const allowed =
            (kafka && ports(rule).every((p) => p === '9093/TCP')) ||
            (to.length === 0 && ports(rule).join() === '5432/TCP') ||
            (to.length > 0 && to.every(isDns) && ports(rule).every((p) => p.startsWith('53/'))) ||
            // Notifications delivers webhooks and e-mail outside the cluster, never to private addresses.
            (service === 'notifications' && to.length > 0 && to.every(isPublicInternet));
          expect({ service, rule, allowed }).toMatchObject({ allowed: true });
        }
      },
    );

    it('lets the gateway in from the ingress controller and out to every domain service', () => {
      const spec = find<INetworkPolicy>(objects, 'NetworkPolicy', 'gateway').spec;
      const fromIngress = (spec?.ingress ?? []).find((rule) =>
        (rule.from ?? []).some(
          (p) => p.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'ingress-nginx',
        ),
      );
      expect(fromIngress && ports(fromIngress)).toEqual(['3000/TCP']);
      for (const s of DATA_SERVICES) {
        const rule = (spec?.egress ?? []).find((r) =>
          (r.to ?? []).some((p) => p.podSelector?.matchLabels?.['app.kubernetes.io/name'] === s),
        );
        expect({ s, ports: rule && ports(rule) }).toEqual({ s, ports: [`${PORTS[s]}/TCP`] });
      }
    });
  });
});

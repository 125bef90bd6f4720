/** Who may talk to whom: the NetworkPolicy of each service. */
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { find, isDns, isPublicInternet, ports, renderOverlay } from './objects';
import { CALLS, CLUSTER, DATA_SERVICES, OVERLAYS, PARTNER_PORTS, PORTS } from './platform';

describe('deployment manifests', () => {
  describe.each(OVERLAYS)('the %s overlay', (overlay) => {
    const objects = renderOverlay(overlay);

    it.each(DATA_SERVICES)(
      'lets %s talk only to the gateway, Prometheus, Kafka, PostgreSQL and DNS',
      (service) => {
        const port = PORTS[service];
        const partner = PARTNER_PORTS[service];
        // Services whose config names this one's URL (exchange's INTAKE_URL) call its API as the gateway does.
        const callers = DATA_SERVICES.filter((s) => CALLS[s].includes(service));
        const spec = find<INetworkPolicy>(objects, 'NetworkPolicy', service).spec;
        for (const rule of spec?.ingress ?? []) {
          // Partner states' deployments reach the partner listener (exchange's) from anywhere.
          if (partner !== undefined && ports(rule).join() === `${partner}/TCP`) continue;
          expect(ports(rule)).toEqual([`${port}/TCP`]);
          for (const peer of rule.from ?? []) {
            const name = peer.namespaceSelector
              ? undefined
              : peer.podSelector?.matchLabels?.['app.kubernetes.io/name'];
            const fromGateway = name === 'gateway';
            const fromCaller = name !== undefined && callers.includes(name);
            const fromPrometheus =
              peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'monitoring' &&
              peer.podSelector?.matchLabels?.['app.kubernetes.io/name'] === 'prometheus';
            expect({ service, peer, allowed: fromGateway || fromCaller || fromPrometheus }).toMatchObject({
              allowed: true,
            });
          }
        }
        expect(spec?.ingress?.length).toBe(2 + callers.length + (partner === undefined ? 0 : 1));
        for (const rule of spec?.egress ?? []) {
          const to = rule.to ?? [];
          const kafka =
            to.length > 0 && to.every((p) => p.podSelector?.matchLabels?.['strimzi.io/cluster'] === CLUSTER);
          const called = to.map((p) =>
            p.namespaceSelector ? undefined : p.podSelector?.matchLabels?.['app.kubernetes.io/name'],
          );
          const allowed =
            (kafka && ports(rule).every((p) => p === '9093/TCP')) ||
            (to.length === 0 && ports(rule).join() === '5432/TCP') ||
            (to.length > 0 && to.every(isDns) && ports(rule).every((p) => p.startsWith('53/'))) ||
            // A service it calls (its config's INTAKE_URL), on that service's API port only.
            (to.length === 1 &&
              called[0] !== undefined &&
              CALLS[service].includes(called[0]) &&
              ports(rule).join() === `${PORTS[called[0]]}/TCP`) ||
            // Exchange sends to partner states' deployments over HTTPS, never to private addresses.
            (partner !== undefined &&
              to.length > 0 &&
              to.every(isPublicInternet) &&
              ports(rule).join() === '443/TCP') ||
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

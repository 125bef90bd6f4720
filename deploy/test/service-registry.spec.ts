/**
 * The Kubernetes manifests against the service registry (libs/contracts/src/service-registry.ts): they are
 * written by hand, so a service added to the registry fails here until its manifest, its place in the base and
 * the overlays' images, and the gateway's upstream URL follow (README "Adding a service").
 */
import fs from 'node:fs';
import path from 'node:path';
import { ServiceRegistry } from '@nrm/contracts';
import { parseYamlFile } from './kustomize';
import { find, renderOverlay } from './objects';
import { K8S, OVERLAYS } from './platform';

interface Kustomization {
  resources?: string[];
  images?: { name: string }[];
}
const kustomization = (dir: string) =>
  parseYamlFile(path.join(K8S, dir, 'kustomization.yaml'))[0] as Kustomization;
const names = ServiceRegistry.map((s) => s.name);

describe('deployment manifests against the service registry', () => {
  it('has one manifest per service in the base, each headed by its name, port and summary', () => {
    const files = fs.readdirSync(path.join(K8S, 'base', 'services')).sort();
    expect(files).toEqual(names.map((n) => `${n}.yaml`).sort());
    const listed = (kustomization('base').resources ?? []).filter((r) => r.startsWith('services/'));
    expect(listed).toEqual(names.map((n) => `services/${n}.yaml`));
    for (const s of ServiceRegistry) {
      const heading = fs
        .readFileSync(path.join(K8S, 'base', 'services', `${s.name}.yaml`), 'utf8')
        .split('\n')[0];
      expect(heading).toBe(`# ${s.name} (port ${s.port}): ${s.summary}.`);
    }
  });

  it.each(OVERLAYS)("sets the %s overlay's image of every service", (overlay) => {
    const images = (kustomization(path.join('overlays', overlay)).images ?? []).map((i) => i.name);
    expect(images).toEqual(names.map((n) => `nrm/${n}`));
  });

  describe.each(OVERLAYS)('the %s overlay', (overlay) => {
    const objects = renderOverlay(overlay);

    it("gives each service with data the registry's schema and Kafka user", () => {
      for (const s of ServiceRegistry) {
        if (!s.data) continue;
        const config = find<{ data: Record<string, string> }>(objects, 'ConfigMap', `${s.name}-config`).data;
        expect({
          service: s.name,
          DB_SCHEMA: config['DB_SCHEMA'],
          user: config['KAFKA_SASL_USERNAME'],
        }).toEqual({
          service: s.name,
          DB_SCHEMA: s.data.schema,
          user: s.data.kafkaPrincipal,
        });
        find(objects, 'KafkaUser', s.data.kafkaPrincipal);
      }
    });

    it("points the gateway's upstream variables at each service it calls", () => {
      const config = find<{ data: Record<string, string> }>(objects, 'ConfigMap', 'gateway-config').data;
      for (const s of ServiceRegistry) {
        if (s.upstreamUrlVariable) expect(config[s.upstreamUrlVariable]).toBe(`http://${s.name}:${s.port}`);
      }
    });
  });
});

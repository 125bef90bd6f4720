/**
 * The Kubernetes deployment (deploy/k8s) and the observability files (deploy/observability) against the code.
 * This file: every YAML document parses, each overlay renders (kustomize.ts; compared with `kubectl kustomize`
 * where kubectl is installed), every built-in object passes the Kubernetes schema of kubernetes-models and
 * Strimzi resources have what the operator requires. kafka.spec.ts, workloads.spec.ts, network-policies.spec.ts
 * and observability.spec.ts check that the topics, ACLs, services, probes, limits, policies and alerts match the
 * catalogue and the apps.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ServiceNames } from '@nrm/contracts';
import { CLUSTER_SCOPED, asResource, keyOf, parseYaml, parseYamlFile, yamlFiles } from './kustomize';
import { renderOverlay } from './objects';
import { K8S, OBSERVABILITY, OVERLAYS, PORTS, STRIMZI } from './platform';
import { VALIDATORS, strimziProblems } from './schemas';

describe('deployment manifests', () => {
  it('parses every YAML document under deploy/k8s and deploy/observability', () => {
    const files = [...yamlFiles(K8S), ...yamlFiles(OBSERVABILITY)];
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(() => parseYamlFile(file)).not.toThrow();
    expect(() =>
      JSON.parse(fs.readFileSync(path.join(OBSERVABILITY, 'grafana-dashboard.json'), 'utf8')),
    ).not.toThrow();
  });

  it('knows every service of the catalogue', () => {
    for (const s of ServiceNames) expect(Object.keys(PORTS)).toContain(s);
  });

  const kubectl = (process.env['PATH'] ?? '')
    .split(path.delimiter)
    .map((d) => path.join(d, 'kubectl'))
    .find((p) => fs.existsSync(p));
  (kubectl ? it : it.skip)('renders each overlay as `kubectl kustomize` does', () => {
    for (const overlay of OVERLAYS) {
      const output = execFileSync(kubectl as string, ['kustomize', path.join(K8S, 'overlays', overlay)], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      const byKey = new Map(
        parseYaml(output, `kubectl kustomize ${overlay}`).map((d) => {
          const r = asResource(d, overlay);
          return [keyOf(r), r];
        }),
      );
      const ours = renderOverlay(overlay);
      expect([...byKey.keys()].sort()).toEqual(ours.map(keyOf).sort());
      for (const r of ours) expect(r).toEqual(byKey.get(keyOf(r)));
    }
  });

  describe.each(OVERLAYS)('the %s overlay', (overlay) => {
    const objects = renderOverlay(overlay);

    it('has each object once, in the nrm namespace, with no Secret committed', () => {
      const keys = objects.map(keyOf);
      expect(keys.length).toBe(new Set(keys).size);
      for (const r of objects)
        if (!CLUSTER_SCOPED.has(r.kind)) expect(`${keyOf(r)} ${r.metadata.namespace}`).toMatch(/ nrm$/);
      expect(objects.filter((r) => r.kind === 'Secret')).toEqual([]);
    });

    it('passes the Kubernetes schema for every built-in object and the Strimzi rules for the rest', () => {
      for (const r of objects) {
        if (r.apiVersion === STRIMZI) {
          expect({ object: keyOf(r), problems: strimziProblems(r) }).toEqual({
            object: keyOf(r),
            problems: [],
          });
          continue;
        }
        const validator = VALIDATORS[`${r.apiVersion}/${r.kind}`];
        expect({ object: keyOf(r), known: validator !== undefined }).toEqual({
          object: keyOf(r),
          known: true,
        });
        expect(() => validator.validate(structuredClone(r))).not.toThrow();
      }
    });
  });
});

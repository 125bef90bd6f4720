import { EventCatalogue } from './catalogue';
import {
  DataServiceNames,
  ServiceNames,
  ServiceRegistry,
  UpstreamServiceNames,
  serviceVariablePart,
} from './service-registry';
import { AnalyticsAudiences, ServiceSubscriptions } from './topics';

describe('the service registry', () => {
  it('names each service, port, schema, Kafka principal and variable once', () => {
    const once = (values: readonly unknown[]) => expect(new Set(values).size).toBe(values.length);
    once(ServiceNames);
    once(ServiceRegistry.map((s) => s.port));
    once(ServiceRegistry.flatMap((s) => (s.data ? [s.data.schema] : [])));
    once(ServiceRegistry.flatMap((s) => (s.data ? [s.data.kafkaPrincipal] : [])));
    once(
      ServiceRegistry.flatMap((s) => [s.upstreamUrlVariable, ...s.keys.map((k) => k.variable)]).filter(
        Boolean,
      ),
    );
  });

  it('keeps the conventions the services and manifests rely on', () => {
    for (const s of ServiceRegistry) {
      expect(s.name).toMatch(/^[a-z][a-z-]*$/);
      if (s.data) {
        // DB_SCHEMA's default and the Kafka user the manifests and compose files name.
        expect(s.data).toEqual({ schema: s.name.replace(/-/g, '_'), kafkaPrincipal: s.name });
      }
      if (s.upstreamUrlVariable) expect(s.upstreamUrlVariable).toBe(`${serviceVariablePart(s.name)}_URL`);
    }
  });

  it('has the gateway call every service with data', () => {
    expect(UpstreamServiceNames).toEqual(DataServiceNames);
    expect(ServiceNames.filter((s) => !DataServiceNames.some((d) => d === s))).toEqual(['gateway']);
  });

  it('gives every service with data its subscriptions, and lets only registered services emit events', () => {
    expect(Object.keys(ServiceSubscriptions).sort()).toEqual([...DataServiceNames].sort());
    for (const d of EventCatalogue) expect(DataServiceNames).toContain(d.source);
  });

  it('makes one development pseudonym key per analytics audience', () => {
    const analytics = ServiceRegistry.find((s) => s.name === 'analytics');
    expect(analytics?.keys.map((k) => k.devLabels)).toEqual([AnalyticsAudiences]);
  });
});

/**
 * What the code says the deployment must match: the services, their ports and required variables (the service
 * registry), the topics each produces and consumes, the metrics the platform exports.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as contracts from '@nrm/contracts';
import { EventCatalogue, ServiceRegistry, allTopics, serviceVariablePart } from '@nrm/contracts';

const ROOT = path.resolve(__dirname, '..', '..');
export const K8S = path.join(ROOT, 'deploy', 'k8s');
export const OBSERVABILITY = path.join(ROOT, 'deploy', 'observability');
export const OVERLAYS = ['dev', 'production'] as const;
export type Overlay = (typeof OVERLAYS)[number];

/** Each service's port, from the service registry (libs/contracts/src/service-registry.ts). */
export const PORTS: Record<string, number> = Object.fromEntries(ServiceRegistry.map((s) => [s.name, s.port]));
export const SERVICES = Object.keys(PORTS);
export const DATA_SERVICES = SERVICES.filter((s) => s !== 'gateway');

/** A service's config class (apps/<service>/src/*.config.ts) as text; empty when the app is not in the repository. */
function configSource(service: string): string {
  const dir = path.join(ROOT, 'apps', service, 'src');
  if (!fs.existsSync(dir)) return '';
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.config.ts'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

/**
 * The listener a service serves partner states' deployments on, apart from its API: the default of its
 * `<SERVICE>_PARTNER_PORT` (the exchange's EXCHANGE_PARTNER_PORT). Such a service also reaches partners over HTTPS.
 */
export const PARTNER_PORTS: Record<string, number> = Object.fromEntries(
  DATA_SERVICES.flatMap((s) => {
    const m = new RegExp(`\\b${serviceVariablePart(s)}_PARTNER_PORT = (\\d+)`).exec(configSource(s));
    return m ? [[s, Number(m[1])]] : [];
  }),
);

/** The services a service with data calls over HTTP: those whose upstream variable its config reads (INTAKE_URL). */
export const CALLS: Record<string, string[]> = Object.fromEntries(
  DATA_SERVICES.map((s) => {
    const config = configSource(s);
    const called = ServiceRegistry.filter(
      (u) =>
        u.name !== s && u.upstreamUrlVariable && new RegExp(`\\b${u.upstreamUrlVariable}\\b`).test(config),
    );
    return [s, called.map((u) => u.name)];
  }),
);

/**
 * Variables each service cannot start without (apps/<service>/src/*.config.ts), besides PORT: the gateway
 * the base URL of each service it calls, the others their keys (the registry's).
 */
export const REQUIRED_ENV: Record<string, string[]> = Object.fromEntries(
  ServiceRegistry.map((s) => [
    s.name,
    s.name === 'gateway'
      ? ServiceRegistry.flatMap((u) => (u.upstreamUrlVariable ? [u.upstreamUrlVariable] : []))
      : s.keys.map((k) => k.variable),
  ]),
);
export const DATA_ENV = [
  'DATABASE_URL',
  'DB_SCHEMA',
  'KAFKA_BROKERS',
  'KAFKA_TOPIC_PREFIX',
  'LOG_LEVEL',
  'SEEDS_DIR',
];
/** Variables that hold secrets: they may only come from a Secret, never as a value in the repository. */
export const SECRET_ENV =
  /^(DATABASE_URL|REDIS_URL|SMTP_URL|JWT_PUBLIC_KEY|KAFKA_SASL_PASSWORD|.*_FIELD_KEYS|.*_PSEUDONYM_KEYS?|.*_SIGNING_KEYS|.*_ENCRYPTION_KEYS)$/;

export const DAY_MS = 24 * 3600 * 1000;
export const TOPIC_SIZES: Record<
  Overlay,
  { partitions: number; replicas: number; minInsync: number; nodes: number }
> = {
  dev: { partitions: 3, replicas: 1, minInsync: 1, nodes: 1 },
  production: { partitions: 6, replicas: 3, minInsync: 2, nodes: 3 },
};

export const STRIMZI = 'kafka.strimzi.io/v1';
export const CLUSTER = 'nrm';

export const exported = contracts as unknown as Record<string, unknown>;
/** The analytics topics, read through the catalogue's export when there is one. */
export const analyticsTopics: string[] = Object.values(
  (exported['AnalyticsTopics'] ?? {}) as Record<string, string>,
);
export const catalogueTopics = new Set([...allTopics(), ...analyticsTopics]);

interface Definition {
  type: string;
  topic: string;
  source: string;
}
function isDefinition(v: unknown): v is Definition {
  const d = v as Partial<Definition> | undefined;
  return typeof d?.type === 'string' && typeof d.topic === 'string' && typeof d.source === 'string';
}

/** Topics each service publishes to: its events' topics, and every analytics topic for analytics. */
export function producedTopics(service: string): Set<string> {
  const topics = new Set(EventCatalogue.filter((d) => d.source === service).map((d) => d.topic as string));
  if (service === 'analytics') for (const t of analyticsTopics) topics.add(t);
  return topics;
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? sourceFiles(path.join(dir, e.name))
        : /\.ts$/.test(e.name) && !/\.(int-|e2e-)?spec\.ts$/.test(e.name)
          ? [path.join(dir, e.name)]
          : [],
    );
}

/**
 * Topics a service consumes, read from its source: events named in its @EventPattern handlers, and events of
 * other services it imports (a service imports another's event definitions only to handle them). Undefined
 * when the app is not in the repository yet.
 */
export function consumedTopics(service: string): Set<string> | undefined {
  const dir = path.join(ROOT, 'apps', service, 'src');
  if (!fs.existsSync(dir)) return undefined;
  const topics = new Set<string>();
  const byType = new Map(EventCatalogue.map((d) => [d.type, d]));
  for (const file of sourceFiles(dir)) {
    const src = fs.readFileSync(file, 'utf8');
    for (const m of src.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@nrm\/contracts'/g)) {
      for (const name of m[1].split(',').map((s) => s.trim())) {
        const d = exported[name];
        if (!name.startsWith('type ') && isDefinition(d) && d.source !== service) topics.add(d.topic);
      }
    }
    for (const m of src.matchAll(/@EventPattern\(([^)]*)\)/g)) {
      for (const ref of m[1].matchAll(/(\w+)\.type\b/g)) {
        const d = exported[ref[1]];
        if (isDefinition(d)) topics.add(d.topic);
      }
      for (const literal of m[1].matchAll(/'([^']+)'/g)) {
        const d = byType.get(literal[1]);
        if (!d) throw new Error(`${file}: @EventPattern('${literal[1]}') names no event`);
        topics.add(d.topic);
      }
    }
  }
  // Shared handlers the service kit registers from libs/case-involvement: a service with
  // `caseInvolvement: true` (in its service.ts) hears protection's and prosecution's events on those
  // of the two topics it subscribes to.
  const definition = path.join(dir, 'service.ts');
  if (fs.existsSync(definition) && /caseInvolvement:\s*true/.test(fs.readFileSync(definition, 'utf8'))) {
    const subscribed =
      (exported['ServiceSubscriptions'] as Record<string, string[]> | undefined)?.[service] ?? [];
    const kit = fs.readFileSync(
      path.join(ROOT, 'libs', 'case-involvement', 'src', 'involvement.events.ts'),
      'utf8',
    );
    for (const m of kit.matchAll(/@EventPattern\((\w+)\.type\)/g)) {
      const d = exported[m[1]];
      if (isDefinition(d) && subscribed.includes(d.topic)) topics.add(d.topic);
    }
  }
  return topics;
}

/** Metric names the platform registers (libs/observability/src/metrics.ts) and what Prometheus exposes. */
export function platformMetricNames(): Set<string> {
  const src = fs.readFileSync(path.join(ROOT, 'libs', 'observability', 'src', 'metrics.ts'), 'utf8');
  const names = new Set<string>();
  for (const m of src.matchAll(/new (Counter|Gauge|Histogram)\(\{\s*name:\s*'(nrm_\w+)'/g)) {
    names.add(m[2]);
    if (m[1] === 'Histogram') for (const s of ['_bucket', '_sum', '_count']) names.add(m[2] + s);
  }
  return names;
}

/**
 * The platform's services, each once: everything that lists them derives from this (ADR 0026). The
 * launcher and the other tools in tools/, the gateway's upstreams, the Kafka principals, the lint scopes,
 * the generated parts of the compose files and the README (`npm run docs`), and the manifest checks in
 * deploy/test. Adding a service is one entry here, then `npm run docs`.
 *
 * Self-contained (no imports, erasable TypeScript only), so Node.js 24 loads it as it is from the
 * .mjs/.cjs tools and eslint.config.mjs. The topics a service writes and reads are the event catalogue's
 * (`EventCatalogue`, `ServiceSubscriptions`, `platformKafkaAccess()`), not repeated here.
 */

/** A key a service reads from its environment; development makes one of each in .local/dev-keys. */
export interface ServiceKey {
  readonly variable: string;
  /** The labels of a development value `label:base64,...` (a keyring); none: one bare base64 key. */
  readonly devLabels: readonly string[];
  /**
   * What each key is: 32 random bytes (`aes-256`, the default), or an elliptic-curve private key
   * (`ec-p256`, PKCS#8 DER) for signatures and key agreement with other parties.
   */
  readonly kind?: 'aes-256' | 'ec-p256';
}

export interface ServiceRegistration {
  /** apps/<name>, the image nrm/<name>, the lint tag scope:<name>, its log file and dead-letter topic. */
  readonly name: string;
  /** Its HTTP port; the gateway's is the public one. */
  readonly port: number;
  /** One line on what it does (the Kubernetes manifests' heading, the README). */
  readonly summary: string;
  /** A service that owns data: its PostgreSQL schema and its Kafka principal (SASL user, ACLs, groups). */
  readonly data?: { readonly schema: string; readonly kafkaPrincipal: string };
  /** The gateway's variable with this service's base URL, e.g. INTAKE_URL: the gateway calls it. */
  readonly upstreamUrlVariable?: string;
  /** Keys it cannot start without (secrets: from a Secret in production, never committed). */
  readonly keys: readonly ServiceKey[];
  /**
   * Services whose internal API it calls besides the gateway (their upstream variable, e.g. INTAKE_URL,
   * is set for it as for the gateway).
   */
  readonly calls?: readonly string[];
}

const fieldKeys = (variable: string): ServiceKey => ({ variable, devLabels: ['dev1'] });

const registry = [
  {
    name: 'gateway',
    port: 3000,
    summary: 'the only public HTTP surface: tokens, quotas, routing to the services; owns no data',
    keys: [],
  },
  {
    name: 'intake',
    port: 3001,
    summary: 'referrals, consent, duplicates, anonymous notices',
    data: { schema: 'intake', kafkaPrincipal: 'intake' },
    upstreamUrlVariable: 'INTAKE_URL',
    keys: [fieldKeys('INTAKE_FIELD_KEYS'), { variable: 'INTAKE_PSEUDONYM_KEY', devLabels: [] }],
  },
  {
    name: 'identification',
    port: 3002,
    summary: 'screening, decisions, deadlines, recovery periods',
    data: { schema: 'identification', kafkaPrincipal: 'identification' },
    upstreamUrlVariable: 'IDENTIFICATION_URL',
    keys: [fieldKeys('IDENTIFICATION_FIELD_KEYS')],
  },
  {
    name: 'protection',
    port: 3003,
    summary: 'protection cases, service referrals, shelters, residence, returns, court tasks',
    data: { schema: 'protection', kafkaPrincipal: 'protection' },
    upstreamUrlVariable: 'PROTECTION_URL',
    keys: [fieldKeys('PROTECTION_FIELD_KEYS')],
  },
  {
    name: 'prosecution-tracking',
    port: 3004,
    summary: 'investigations, charges, hearings, verdicts, compensation',
    data: { schema: 'prosecution_tracking', kafkaPrincipal: 'prosecution-tracking' },
    upstreamUrlVariable: 'PROSECUTION_TRACKING_URL',
    keys: [fieldKeys('PROSECUTION_FIELD_KEYS')],
  },
  {
    name: 'notifications',
    port: 3005,
    summary: 'routing, inbox, webhooks, e-mail, daily digests',
    data: { schema: 'notifications', kafkaPrincipal: 'notifications' },
    upstreamUrlVariable: 'NOTIFICATIONS_URL',
    keys: [],
  },
  {
    name: 'analytics',
    port: 3006,
    summary: 'the pseudonymised, generalised analytics stream for outside analysts',
    data: { schema: 'analytics', kafkaPrincipal: 'analytics' },
    upstreamUrlVariable: 'ANALYTICS_URL',
    // One pseudonym key per analytics audience (AnalyticsAudiences).
    keys: [
      { variable: 'ANALYTICS_PSEUDONYM_KEYS', devLabels: ['national-statistics', 'partners', 'research'] },
    ],
  },
  {
    name: 'exchange',
    port: 3007,
    summary: 'signed, encrypted messages with partner states under agreements: referrals, requests, receipts',
    data: { schema: 'exchange', kafkaPrincipal: 'exchange' },
    upstreamUrlVariable: 'EXCHANGE_URL',
    // A referral's details and consent, partners' referrals and notices; the statistics it publishes.
    calls: ['intake', 'analytics'],
    // The signing and encryption keys partners know from its key set; the first of each is current.
    keys: [
      fieldKeys('EXCHANGE_FIELD_KEYS'),
      { variable: 'EXCHANGE_SIGNING_KEYS', devLabels: ['sig1'], kind: 'ec-p256' },
      { variable: 'EXCHANGE_ENCRYPTION_KEYS', devLabels: ['enc1'], kind: 'ec-p256' },
    ],
  },
] as const satisfies readonly ServiceRegistration[];

type Registered = (typeof registry)[number];
export type ServiceName = Registered['name'];
/** The services that own data: a schema, a Kafka principal, an outbox and inbox, a dead-letter topic. */
export type DataServiceName = Extract<Registered, { data: object }>['name'];
/** The services the gateway calls. */
export type UpstreamServiceName = Extract<Registered, { upstreamUrlVariable: string }>['name'];

/** Every service, the gateway first. */
export const ServiceRegistry: readonly (ServiceRegistration & { readonly name: ServiceName })[] = registry;

export const ServiceNames: readonly ServiceName[] = registry.map((s) => s.name);

export const DataServiceNames: readonly DataServiceName[] = registry
  .filter((s): s is Extract<Registered, { data: object }> => 'data' in s)
  .map((s) => s.name);

export const UpstreamServiceNames: readonly UpstreamServiceName[] = registry
  .filter((s): s is Extract<Registered, { upstreamUrlVariable: string }> => 'upstreamUrlVariable' in s)
  .map((s) => s.name);

export function serviceRegistration(name: ServiceName): ServiceRegistration {
  const found = ServiceRegistry.find((s) => s.name === name);
  if (!found) throw new Error(`${name} is not a registered service`);
  return found;
}

/** The schema and Kafka principal of a service that owns data. */
export function serviceData(name: DataServiceName): NonNullable<ServiceRegistration['data']> {
  const { data } = serviceRegistration(name);
  if (!data) throw new Error(`${name} owns no data`);
  return data;
}

/** The upstream variables (INTAKE_URL...) a service is given: the gateway's every one, another's its calls. */
export function calledServices(name: ServiceName): readonly ServiceRegistration[] {
  const service = serviceRegistration(name);
  const called = name === 'gateway' ? UpstreamServiceNames : (service.calls ?? []);
  return ServiceRegistry.filter((s) => s.upstreamUrlVariable && called.includes(s.name));
}

/** A service's name as part of an environment variable: `prosecution-tracking` gives PROSECUTION_TRACKING. */
export function serviceVariablePart(name: string): string {
  return name.toUpperCase().replace(/-/g, '_');
}

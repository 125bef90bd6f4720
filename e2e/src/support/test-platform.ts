import path from 'node:path';
import { Client } from 'pg';
import { allTopics, withTopicPrefix } from '@nrm/contracts';
import type { Role } from '@nrm/contracts';
import { TopicObserver } from '@nrm/messaging';
import { mintAccessToken } from '@nrm/security';
import { testInfrastructure, testPort, uniqueTestName } from '@nrm/testing';
import type { TestInfrastructure } from '@nrm/testing';
import {
  ROOT,
  SERVICES,
  deleteTopics,
  launchPlatform,
  startService,
  stopService,
} from '@nrm/platform-launcher';
import type { Platform } from '@nrm/platform-launcher';
import { expectDocumentedAnswer } from './openapi-conformance';

export interface ApiResponse {
  status: number;
  contentType: string;
  location: string | null;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are asserted field by field
  body: any;
}

/**
 * The whole platform for one test file, with its own topics, schemas and ports, an observer reading
 * every topic from the beginning, and helpers to call the gateway. Every service runs in one process
 * (the single-process platform) unless the file stops or kills services, which needs one process per
 * service (`{ processes: true }`, as deploy/ runs them).
 */
export class TestPlatform {
  readonly name: string;
  readonly topicPrefix: string;
  readonly schemaPrefix: string;
  readonly logDir: string;
  readonly observer: TopicObserver;
  private platform?: Platform;

  constructor(
    label: string,
    private readonly basePort: number,
    private readonly serviceEnv: Record<string, Record<string, string>> = {},
    /** A PostgreSQL and broker of the file's own (fault tests), instead of the run's shared ones. */
    private readonly infrastructure: Omit<TestInfrastructure, 'run'> = testInfrastructure(),
    private readonly mode: { ownProcesses?: string[] } = {},
  ) {
    this.name = uniqueTestName(label);
    this.topicPrefix = `${this.name}.`;
    this.schemaPrefix = `${this.name}_`;
    this.logDir = path.join(ROOT, '.local', 'logs', this.name);
    this.observer = new TopicObserver(infrastructure.brokers);
  }

  get gatewayUrl(): string {
    return this.running.gatewayUrl;
  }

  get running(): Platform {
    if (!this.platform) throw new Error('the platform is not started');
    return this.platform;
  }

  async start(): Promise<void> {
    const { databaseUrl, brokers, kafkaAccess } = this.infrastructure;
    this.platform = await launchPlatform({
      databaseUrl,
      brokers,
      ...(kafkaAccess ? { kafkaAccess } : {}),
      topicPrefix: this.topicPrefix,
      schemaPrefix: this.schemaPrefix,
      basePort: testPort(this.basePort),
      logDir: this.logDir,
      serviceEnv: this.environments(),
      singleProcess: true,
      ownProcesses: this.mode.ownProcesses ?? [],
    });
    await this.observer.start(allTopics().map((t) => this.topic(t)));
  }

  /** Each service's test settings: fast clocks, no quotas, spans in the logs; the file's own on top. */
  private environments(): Record<string, Record<string, string>> {
    const defaults: Record<string, Record<string, string>> = {
      notifications: { WEBHOOK_RETRY_BASE_MS: '100', WEBHOOK_POLL_INTERVAL_MS: '100' },
      // Tests poll the gateway often; quotas are tested on their own (service-boot).
      gateway: { RATE_LIMIT_USER_PER_MINUTE: '100000', RATE_LIMIT_AGENCY_PER_MINUTE: '1000000' },
      identification: { DEADLINE_CHECK_INTERVAL_MS: '200' },
      protection: { FOLLOW_UP_CHECK_INTERVAL_MS: '200' },
      'prosecution-tracking': { HEARING_CHECK_INTERVAL_MS: '200' },
    };
    const names = new Set([...SERVICES.map((svc) => svc.name), ...Object.keys(this.serviceEnv)]);
    return Object.fromEntries(
      [...names].map((name) => [
        name,
        // Every span in the service logs, where tests follow a trace from service to service.
        { TRACE_LOG_SPANS: 'true', TRACE_SAMPLE_RATIO: '1', ...defaults[name], ...this.serviceEnv[name] },
      ]),
    );
  }

  /**
   * Kills the platform rather than draining it: its topics, schemas and groups are the file's own and
   * thrown away, and a drain waits out each consumer's fetch. Draining is tested where a file restarts
   * a service with SIGTERM. Its topics go too, so the run's broker holds only the files still running.
   */
  async stop(): Promise<void> {
    await Promise.all([this.observer.stop(), this.platform?.kill()]);
    if (this.platform)
      await deleteTopics({ brokers: this.infrastructure.brokers, topicPrefix: this.topicPrefix });
  }

  /** The schema a service of this platform keeps its tables in. */
  schema(service: string): string {
    return `${this.schemaPrefix}${service.replace(/-/g, '_')}`;
  }

  /** Runs one query against this platform's database (its own connection, closed after). */
  async sql<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.infrastructure.databaseUrl });
    await client.connect();
    try {
      return (await client.query(text, values)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /**
   * Every row of every table in this platform's schemas, as text, by table: what someone reading the
   * database files or a dump would see.
   */
  async databaseText(): Promise<Map<string, string>> {
    const tables = await this.sql<{ schema: string; table: string }>(
      `SELECT table_schema AS schema, table_name AS table FROM information_schema.tables
        WHERE table_schema LIKE $1 AND table_type = 'BASE TABLE'`,
      [`${this.schemaPrefix.replace(/_/g, '\\_')}%`],
    );
    const text = new Map<string, string>();
    for (const { schema, table } of tables) {
      const rows = await this.sql<{ row: string }>(`SELECT t::text AS row FROM "${schema}"."${table}" t`);
      text.set(`${schema}.${table}`, rows.map((r) => r.row).join('\n'));
    }
    return text;
  }

  topic(name: string): string {
    return withTopicPrefix(this.topicPrefix, name);
  }

  token(role: Role, agencyId: string, userId = `${agencyId}.${role}`): Promise<string> {
    const secrets = this.running.secrets;
    return mintAccessToken(
      secrets.jwtPrivateKey,
      { userId, agencyId, role },
      { issuer: secrets.jwtIssuer, audience: secrets.jwtAudience },
    );
  }

  async api(
    method: string,
    url: string,
    options: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse> {
    const hasBody = options.body !== undefined || options.raw !== undefined;
    const response = await fetch(`${this.gatewayUrl}${url}`, {
      method,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(hasBody ? { 'content-type': 'application/json' } : {}),
        ...options.headers,
      },
      body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    const body = text && /json/.test(contentType) ? JSON.parse(text) : text || undefined;
    // Every answer a test sees is also checked against the document the typed client is made from.
    expectDocumentedAnswer(method, url, { status: response.status, contentType, body });
    return {
      status: response.status,
      contentType,
      location: response.headers.get('location'),
      headers: response.headers,
      body,
    };
  }

  /**
   * Stops one service (SIGTERM drains it; SIGKILL kills it mid-work), runs `whileDown`, then starts it
   * again, with `env` changed (a new setting, as a rollout would).
   */
  async restart(
    service: string,
    whileDown: () => Promise<void> = async () => undefined,
    signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM',
    env: Record<string, string> = {},
  ): Promise<void> {
    if (!this.mode.ownProcesses?.includes(service))
      throw new Error(
        `restart needs ${service} in a process of its own: new TestPlatform(..., { ownProcesses: ['${service}'] })`,
      );
    const services = this.running.services;
    const index = services.findIndex((s) => s.name === service);
    const handle = services[index];
    if (signal === 'SIGKILL') {
      const exited = new Promise((resolve) => handle.child.once('exit', resolve));
      handle.child.kill('SIGKILL');
      await exited;
    } else {
      await stopService(handle);
    }
    await whileDown();
    const started = await startService(service, { ...handle.env, ...env }, { logDir: this.logDir });
    services[index] = started;
    // The platform's own list too, so the file's end kills the new process, not the old one.
    const processes = this.running.processes;
    processes[processes.findIndex((p) => p.name === service)] = started;
  }
}

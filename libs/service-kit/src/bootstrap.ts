import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import type { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import type { Producer } from 'kafkajs';
import type { ServiceName } from '@nrm/contracts';
import { PersonalDataErased, ServiceSubscriptions, Topics, deadLetterTopic } from '@nrm/contracts';
import type { TopicName } from '@nrm/contracts';
import {
  KafkaEventTransport,
  OutboxRelay,
  OutboxWriter,
  connectWithRetry,
  createIdempotentProducer,
  createKafka,
} from '@nrm/messaging';
import type { Kafka, KafkaSettings } from '@nrm/messaging';
import {
  NestLoggerAdapter,
  PlatformMetrics,
  beginSpan,
  createLogger,
  describeError,
  enterCorrelation,
  extractTraceContext,
  markSpanFailed,
  startTracing,
  stopTracing,
  withTraceContext,
} from '@nrm/observability';
import type { Logger, Span } from '@nrm/observability';
import { verifyAuditLog } from '@nrm/audit';
import {
  CaseInvolvement,
  InvestigationInvolvementEvents,
  ProtectionInvolvementEvents,
} from '@nrm/case-involvement';
import { createServiceDataSource, migrateServiceDatabase } from '@nrm/persistence';
import { DataKeyring } from '@nrm/security';
import type { KeyProvider } from '@nrm/security';
import { AuditController, installAuditTrail } from './audit';
import { ConfigError, DomainServiceConfig, loadConfig } from './config';
import type { ServiceConfig } from './config';
import { OperationsController, READINESS_CHECKS } from './health';
import type { ReadinessCheck } from './health';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { ProblemFilter } from './problem.filter';
import { serviceMigrations } from './platform-migrations';
import { createValidationPipe } from './validation';
import { ActorHeaders } from './actor';
import { seedAgencyDirectory } from './agency-directory';
import { PersonalDataErasureEvents } from './personal-data';
import { LOGGER, SERVICE_CONFIG } from './tokens';

export { LOGGER, SERVICE_CONFIG } from './tokens';

/** Body size limit for every HTTP API: a referral is text, never a file. */
export const BODY_LIMIT_BYTES = 256 * 1024;

export interface SeedContext {
  dataSource: DataSource;
  seedsDir: string;
  logger: Logger;
}

export interface ServiceDefinition<C extends ServiceConfig> {
  name: ServiceName;
  configClass: new () => C;
  appModule: Type<unknown>;
  /** Present for services that own data (and so also talk over Kafka). */
  database?: {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
    entities: Function[];
    /** The service's own migrations; those of the platform are added (`serviceMigrations`). */
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
    migrations: Function[];
    seed?: (ctx: SeedContext) => Promise<string>;
  };
  /**
   * Present for services that keep personal data: it is sealed with a data key per case (or
   * suspect), wrapped by the master keys this provider holds. The service gets a `DataKeyring`, the
   * `data_key` table, the `rewrap-keys` command, and, when it reads intake's referrals, destroys its
   * key for a case whose personal data intake erased.
   */
  personalData?: { keyProvider: (config: C) => KeyProvider };
  /**
   * Set for services that decide access by which agencies are involved in a case: they get a
   * `CaseInvolvement` (`@nrm/case-involvement`) kept from protection's and prosecution's events (those of the two topics they
   * subscribe to).
   */
  caseInvolvement?: boolean;
  /**
   * Set for services that check who an agency is: they get the `agency_directory` table, loaded from
   * `seeds/agencies.json` after their own seeds, and read with `AgencyTypes`.
   */
  agencyDirectory?: boolean;
  /** Further one-off commands, `main.js <name> [args]`, run with the service's database open. */
  commands?: Record<string, (context: CommandContext<C>) => Promise<void>>;
  /** Extra work once the app is built, e.g. OpenAPI documents. */
  configure?: (app: NestFastifyApplication, config: C) => void | Promise<void>;
  /**
   * Set for the gateway: request bodies are relayed to the service that owns the command, which
   * validates them; the gateway checks paths and queries only.
   */
  relaysRequestBodies?: boolean;
}

export interface CommandContext<C extends ServiceConfig> {
  config: C;
  logger: Logger;
  dataSource: DataSource;
  /** The service's database schema, also the outbox relay's channel. */
  schema: string;
  args: string[];
}

interface Runtime {
  stopping?: boolean;
  dataSource?: DataSource;
  kafka?: Kafka;
  producer?: Producer;
  relay?: OutboxRelay;
  transport?: KafkaEventTransport;
}

/** How a service (or one of its commands) connects to Kafka: brokers, prefix and its own principal. */
export function kafkaSettingsOf(config: DomainServiceConfig, clientId: string): KafkaSettings {
  return {
    brokers: config.KAFKA_BROKERS.split(','),
    clientId,
    topicPrefix: config.KAFKA_TOPIC_PREFIX,
    ...(config.KAFKA_SASL_USERNAME
      ? {
          sasl: {
            mechanism: config.KAFKA_SASL_MECHANISM,
            username: config.KAFKA_SASL_USERNAME,
            password: config.KAFKA_SASL_PASSWORD as string,
          },
        }
      : {}),
    ssl: config.KAFKA_SSL,
  };
}

const schemaOf = (name: ServiceName, config: ServiceConfig): string =>
  (config instanceof DomainServiceConfig && config.DB_SCHEMA) || name.replace(/-/g, '_');

/**
 * The entry point of every service: `main.js [serve|migrate|seed|prepare]`. `migrate`, `seed` and
 * `prepare` (both) run once and exit (a deploy job or the start script runs them); `serve` runs the
 * service until SIGTERM/SIGINT.
 */
export async function runService<C extends ServiceConfig>(
  definition: ServiceDefinition<C>,
  argv = process.argv.slice(2),
): Promise<void> {
  const command = argv[0] ?? 'serve';
  const config = configOrExit(definition, process.env);
  const logger = createLogger(definition.name, config.LOG_LEVEL);
  if (command === 'serve') {
    startTracing({
      service: definition.name,
      logger,
      otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
      logSpans: config.TRACE_LOG_SPANS,
      sampleRatio: config.TRACE_SAMPLE_RATIO,
    });
  }
  try {
    if (command === 'migrate') await migrate(definition, config, logger);
    else if (command === 'seed') await seed(definition, config, logger);
    else if (command === 'prepare') await prepareService(definition, config, logger);
    else if (command === 'serve') await serve(definition, config, logger);
    else if (command === 'audit-verify') await auditVerify(definition, config);
    else if (command === 'rewrap-keys' && definition.personalData) await rewrapKeys(definition, config);
    else if (definition.commands?.[command]) await runCommand(definition, config, logger, argv);
    else {
      const known = [
        'serve',
        'migrate',
        'seed',
        'prepare',
        'audit-verify',
        ...(definition.personalData ? ['rewrap-keys'] : []),
        ...Object.keys(definition.commands ?? {}),
      ];
      throw new Error(`unknown command ${command}; use ${known.join(', ')}`);
    }
  } catch (error) {
    logger.fatal(describeError(error), `${command} failed`);
    process.exit(1);
  }
}

function databaseOptions<C extends ServiceConfig>(definition: ServiceDefinition<C>, config: C) {
  if (!(config instanceof DomainServiceConfig) || !definition.database) {
    throw new Error(`${definition.name} owns no database`);
  }
  return {
    url: config.DATABASE_URL,
    schema: schemaOf(definition.name, config),
    applicationName: definition.name,
    entities: definition.database.entities,
    migrations: serviceMigrations(definition),
  };
}

/** Where reference data is read from: `SEEDS_DIR`, else `seeds/` of the working directory. */
export function seedsDirectory(): string {
  return process.env['SEEDS_DIR'] ?? `${process.cwd()}/seeds`;
}

/** Creates or updates the service's schema and loads its reference data (`main.js prepare`). */
export async function prepareService<C extends ServiceConfig>(
  definition: ServiceDefinition<C>,
  config: C,
  logger: Logger,
): Promise<void> {
  await migrate(definition, config, logger);
  await seed(definition, config, logger);
}

async function migrate<C extends ServiceConfig>(definition: ServiceDefinition<C>, config: C, logger: Logger) {
  const applied = await migrateServiceDatabase(databaseOptions(definition, config));
  logger.info({ applied }, applied.length ? 'migrations applied' : 'database is up to date');
}

/** The service's own seeds, then the platform's it asked for (the agency directory). */
async function seed<C extends ServiceConfig>(definition: ServiceDefinition<C>, config: C, logger: Logger) {
  const seeds = [
    ...(definition.database?.seed ? [definition.database.seed] : []),
    ...(definition.agencyDirectory ? [seedAgencyDirectory] : []),
  ];
  if (seeds.length === 0) return;
  const dataSource = createServiceDataSource({ ...databaseOptions(definition, config), poolSize: 2 });
  await dataSource.initialize();
  try {
    const context: SeedContext = { dataSource, seedsDir: seedsDirectory(), logger };
    const summaries: string[] = [];
    for (const load of seeds) summaries.push(await load(context));
    logger.info({ summary: summaries.join(', ') }, 'seeds loaded');
  } finally {
    await dataSource.destroy();
  }
}

async function runCommand<C extends ServiceConfig>(
  definition: ServiceDefinition<C>,
  config: C,
  logger: Logger,
  argv: string[],
) {
  const options = databaseOptions(definition, config);
  const dataSource = createServiceDataSource({ ...options, poolSize: 2 });
  await dataSource.initialize();
  try {
    const run = definition.commands?.[argv[0] as string] as (context: CommandContext<C>) => Promise<void>;
    await run({ config, logger, dataSource, schema: options.schema, args: argv.slice(1) });
  } finally {
    await dataSource.destroy();
  }
}

/** Checks the service's audit chain; prints the verdict and exits 0 when intact, 3 when not. */
async function auditVerify<C extends ServiceConfig>(definition: ServiceDefinition<C>, config: C) {
  const dataSource = createServiceDataSource({ ...databaseOptions(definition, config), poolSize: 1 });
  await dataSource.initialize();
  try {
    const verdict = await verifyAuditLog(dataSource);
    process.stdout.write(`${JSON.stringify({ service: definition.name, ...verdict })}\n`);
    if (!verdict.intact) process.exitCode = 3;
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Rewraps every data key still wrapped by an older master key with the current one, while the
 * service runs; prints the counts and exits 0 when none is left, 4 when some were busy (run again).
 */
async function rewrapKeys<C extends ServiceConfig>(definition: ServiceDefinition<C>, config: C) {
  const provider = (definition.personalData as NonNullable<ServiceDefinition<C>['personalData']>).keyProvider(
    config,
  );
  const dataSource = createServiceDataSource({ ...databaseOptions(definition, config), poolSize: 1 });
  await dataSource.initialize();
  try {
    const result = await new DataKeyring(provider).rewrap(dataSource);
    const masterKeyId = provider.currentMasterKeyId;
    process.stdout.write(`${JSON.stringify({ service: definition.name, masterKeyId, ...result })}\n`);
    if (result.remaining > 0) process.exitCode = 4;
  } finally {
    await dataSource.destroy();
  }
}

/** The service's configuration from `env`; a missing or bad value stops the process, naming it. */
export function configOrExit<C extends ServiceConfig>(
  definition: ServiceDefinition<C>,
  env: Record<string, string | undefined>,
): C {
  try {
    return loadConfig(definition.configClass, env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${definition.name}: ${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

/** A service started in this process: where it listens, and how to drain and stop it. */
export interface RunningService {
  name: ServiceName;
  url: string;
  /** Closes HTTP and the consumer (in-flight work finishes), then the relay, producer and database. */
  stop(): Promise<void>;
}

/** Runs the service until SIGTERM/SIGINT, then drains it and exits. */
async function serve<C extends ServiceConfig>(definition: ServiceDefinition<C>, config: C, logger: Logger) {
  const running = await startService(definition, config, logger);
  drainOnSignal(() => running.stop(), config.SHUTDOWN_GRACE_MS, logger);
}

/**
 * Builds and starts one service in this process: its database, Kafka client, outbox relay, consumer
 * and HTTP API. A process may run several (the single-process platform); each keeps its own schema,
 * consumer group, outbox, principal and port.
 */
export async function startService<C extends ServiceConfig>(
  definition: ServiceDefinition<C>,
  config: C,
  logger: Logger,
): Promise<RunningService> {
  const metrics = new PlatformMetrics(definition.name);
  const runtime: Runtime = {};
  const checks: ReadinessCheck[] = [];
  const providers: { provide: unknown; useValue: unknown }[] = [
    { provide: SERVICE_CONFIG, useValue: config },
    { provide: LOGGER, useValue: logger },
    { provide: PlatformMetrics, useValue: metrics },
    { provide: READINESS_CHECKS, useValue: checks },
  ];

  if (config instanceof DomainServiceConfig && definition.database) {
    const schema = schemaOf(definition.name, config);
    const dataSource = createServiceDataSource(databaseOptions(definition, config));
    await dataSource.initialize();
    runtime.dataSource = dataSource;
    checks.push({ name: 'database', check: async () => (await dataSource.query('SELECT 1')).length === 1 });

    const kafka = createKafka(kafkaSettingsOf(config, definition.name), logger);
    const producer = createIdempotentProducer(kafka);
    // The brokers may be away at start: the service serves what needs no Kafka (writes land in the
    // outbox), reports not ready, and publishes the backlog once the producer connects.
    void connectWithRetry(
      () => producer.connect(),
      'producer',
      logger,
      () => runtime.stopping === true,
    );
    runtime.kafka = kafka;
    runtime.producer = producer;
    runtime.relay = new OutboxRelay({ databaseUrl: config.DATABASE_URL, schema, producer, logger, metrics });
    runtime.transport = new KafkaEventTransport({
      kafka,
      producer,
      dataSource,
      groupId: `${config.KAFKA_TOPIC_PREFIX}nrm-${definition.name}`,
      topicPrefix: config.KAFKA_TOPIC_PREFIX,
      deadLetterTopic: `${config.KAFKA_TOPIC_PREFIX}${deadLetterTopic(definition.name)}`,
      logger,
      metrics,
      maxAttempts: config.EVENT_MAX_ATTEMPTS,
      backoffMs: config.EVENT_RETRY_BACKOFF_MS,
      sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS,
      subscriptions: definition.name === 'gateway' ? [] : ServiceSubscriptions[definition.name],
      // The platform's own topics: payloads were validated by their producer (ADR 0017).
      validatePayloads: false,
    });
    const transport = runtime.transport;
    checks.push({ name: 'kafka', check: async () => producer.isReady() && transport.isHealthy });
    if (definition.caseInvolvement)
      providers.push({ provide: CaseInvolvement, useValue: new CaseInvolvement() });
    if (definition.personalData) {
      providers.push({
        provide: DataKeyring,
        useValue: new DataKeyring(definition.personalData.keyProvider(config)),
      });
    }
    providers.push(
      { provide: DataSource, useValue: dataSource },
      { provide: OutboxWriter, useValue: new OutboxWriter(config.KAFKA_TOPIC_PREFIX) },
    );
  }

  @Module({})
  class PlatformModule {}
  const root: DynamicModule = {
    module: PlatformModule,
    global: true,
    imports: [definition.appModule],
    controllers: [
      OperationsController,
      ...(runtime.dataSource ? [AuditController] : []),
      ...(hearsOfErasures(definition) ? [PersonalDataErasureEvents] : []),
      ...(definition.caseInvolvement && subscribes(definition, Topics.protectionCase)
        ? [ProtectionInvolvementEvents]
        : []),
      ...(definition.caseInvolvement && subscribes(definition, Topics.prosecutionProceedings)
        ? [InvestigationInvolvementEvents]
        : []),
    ],
    providers: providers as DynamicModule['providers'],
    exports: providers.map((p) => p.provide) as DynamicModule['exports'],
  };

  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    // Errors Fastify finds before routing (a path segment too long, a malformed URL) are problems too.
    // The adapter's options carry their own copy of Fastify's generic reply type; only status, header
    // and send are used here.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    frameworkErrors: (error: { code?: string }, _request: unknown, reply: any) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      void reply
        .status(tooLong ? 414 : 400)
        .header('content-type', PROBLEM_CONTENT_TYPE)
        .send({
          type: '/problems/bad-request',
          title: 'The request could not be read',
          status: tooLong ? 414 : 400,
          detail: tooLong ? 'a part of the path is too long' : 'the URL is not valid',
        });
    },
    logger: false,
    routerOptions: { ignoreTrailingSlash: true },
  });
  const app = await NestFactory.create<NestFastifyApplication>(root, adapter, {
    logger: new NestLoggerAdapter(logger),
  });
  installHttpHooks(app, metrics);
  if (runtime.dataSource) installAuditTrail(app, runtime.dataSource, logger);
  app.useGlobalFilters(new ProblemFilter(logger));
  app.useGlobalPipes(createValidationPipe({ bodies: !definition.relaysRequestBodies }));
  await definition.configure?.(app, config);
  if (runtime.transport) {
    app.connectMicroservice({ strategy: runtime.transport }, { inheritAppConfig: true });
    await app.startAllMicroservices();
  }
  runtime.relay?.start();
  await app.listen({ port: config.PORT, host: config.HOST });
  logger.info({ port: config.PORT, host: config.HOST }, `${definition.name} ready`);
  let stopping: Promise<void> | undefined;
  return {
    name: definition.name,
    url: `http://${config.HOST}:${config.PORT}`,
    stop: () =>
      (stopping ??= (async () => {
        runtime.stopping = true;
        await app.close();
        await runtime.relay?.stop();
        await runtime.producer?.disconnect();
        await runtime.dataSource?.destroy();
      })()),
  };
}

function subscribes<C extends ServiceConfig>(definition: ServiceDefinition<C>, topic: TopicName): boolean {
  return definition.name !== 'gateway' && ServiceSubscriptions[definition.name].includes(topic);
}

/** A service with personal data that reads intake's referrals destroys its keys on an erasure. */
function hearsOfErasures<C extends ServiceConfig>(definition: ServiceDefinition<C>): boolean {
  return !!definition.personalData && subscribes(definition, PersonalDataErased.topic);
}

function installHttpHooks(app: NestFastifyApplication, metrics: PlatformMetrics): void {
  const fastify = app.getHttpAdapter().getInstance();
  // Every API takes JSON only; other bodies get a 415 problem instead of reaching validation as text.
  fastify.removeContentTypeParser(['text/plain']);
  const spans = new WeakMap<object, Span>();
  fastify.addHook('onRequest', (request, reply, done) => {
    const given = request.headers[ActorHeaders.correlationId];
    const correlationId =
      typeof given === 'string' && /^[A-Za-z0-9._-]{8,100}$/.test(given) ? given : randomUUID();
    enterCorrelation({ correlationId });
    void reply.header(ActorHeaders.correlationId, correlationId);
    // A server span under the caller's trace context; the rest of the request runs inside it.
    const route = request.routeOptions.url ?? 'unmatched';
    const { span, context } = beginSpan(
      `${request.method} ${route}`,
      'server',
      { 'http.request.method': request.method, 'http.route': route },
      extractTraceContext(request.headers),
    );
    spans.set(request, span);
    // W3C Trace Context level 2: the caller learns the trace id to quote (support, logs, traces).
    const ids = span.spanContext();
    void reply.header('traceresponse', `00-${ids.traceId}-${ids.spanId}-0${ids.traceFlags & 1}`);
    withTraceContext(context, () => done());
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const span = spans.get(request);
    if (span) {
      span.setAttribute('http.response.status_code', reply.statusCode);
      markSpanFailed(span, reply.statusCode);
      span.end();
    }
    metrics.httpRequestDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
    done();
  });
}

/**
 * On SIGTERM or SIGINT: `drain` (in-flight work finishes), send what tracing holds and exit 0; exit 1
 * if draining fails or takes longer than `graceMs`.
 */
export function drainOnSignal(drain: () => Promise<void>, graceMs: number, logger: Logger): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'draining');
    const force = setTimeout(() => {
      logger.error('drain took too long, exiting');
      process.exit(1);
    }, graceMs);
    force.unref();
    try {
      await drain();
      await stopTracing();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error(describeError(error), 'drain failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

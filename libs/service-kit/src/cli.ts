import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { verifyAuditLog } from '@nrm/audit';
import { createLogger, describeError, startTracing } from '@nrm/observability';
import type { Logger } from '@nrm/observability';
import { createServiceDataSource, migrateServiceDatabase } from '@nrm/persistence';
import { DataKeyring } from '@nrm/security';
import { seedAgencyDirectory } from './agency-directory';
import { ConfigError, loadConfig } from './config';
import type { ServiceConfig } from './config';
import { serviceDatabaseOptions } from './database.module';
import { seedsDirectory } from './service-definition';
import type { CommandContext, SeedContext, ServiceDefinition } from './service-definition';
import { drainOnSignal } from './shutdown';
import { startService } from './start-service';

/**
 * The entry point of every service: `main.js [serve|migrate|seed|prepare|audit-verify|rewrap-keys]`
 * and the service's own commands. `migrate`, `seed` and `prepare` (both) run once and exit (a deploy
 * job or the start script runs them); `serve` runs the service until SIGTERM/SIGINT.
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
  const applied = await migrateServiceDatabase(serviceDatabaseOptions(definition, config));
  logger.info({ applied }, applied.length ? 'migrations applied' : 'database is up to date');
}

/** The service's own seeds, then the platform's it asked for (the agency directory). */
async function seed<C extends ServiceConfig>(definition: ServiceDefinition<C>, config: C, logger: Logger) {
  const seeds = [
    ...(definition.database?.seed ? [definition.database.seed] : []),
    ...(definition.agencyDirectory ? [seedAgencyDirectory] : []),
  ];
  if (seeds.length === 0) return;
  await withDatabase(definition, config, 2, async (dataSource) => {
    const context: SeedContext = { dataSource, seedsDir: seedsDirectory(), logger };
    const summaries: string[] = [];
    for (const load of seeds) summaries.push(await load(context));
    logger.info({ summary: summaries.join(', ') }, 'seeds loaded');
  });
}

async function runCommand<C extends ServiceConfig>(
  definition: ServiceDefinition<C>,
  config: C,
  logger: Logger,
  argv: string[],
) {
  const run = definition.commands?.[argv[0] as string] as (context: CommandContext<C>) => Promise<void>;
  await withDatabase(definition, config, 2, (dataSource, schema) =>
    run({ config, logger, dataSource, schema, args: argv.slice(1) }),
  );
}

/** Checks the service's audit chain; prints the verdict and exits 0 when intact, 3 when not. */
async function auditVerify<C extends ServiceConfig>(definition: ServiceDefinition<C>, config: C) {
  await withDatabase(definition, config, 1, async (dataSource) => {
    const verdict = await verifyAuditLog(dataSource);
    process.stdout.write(`${JSON.stringify({ service: definition.name, ...verdict })}\n`);
    if (!verdict.intact) process.exitCode = 3;
  });
}

/**
 * Rewraps every data key still wrapped by an older master key with the current one, while the
 * service runs; prints the counts and exits 0 when none is left, 4 when some were busy (run again).
 */
async function rewrapKeys<C extends ServiceConfig>(definition: ServiceDefinition<C>, config: C) {
  const provider = (definition.personalData as NonNullable<ServiceDefinition<C>['personalData']>).keyProvider(
    config,
  );
  await withDatabase(definition, config, 1, async (dataSource) => {
    const result = await new DataKeyring(provider).rewrap(dataSource);
    const masterKeyId = provider.currentMasterKeyId;
    process.stdout.write(`${JSON.stringify({ service: definition.name, masterKeyId, ...result })}\n`);
    if (result.remaining > 0) process.exitCode = 4;
  });
}

/** Runs `work` with the service's database open on a small pool, and closes it after. */
async function withDatabase<C extends ServiceConfig>(
  definition: ServiceDefinition<C>,
  config: C,
  poolSize: number,
  work: (dataSource: DataSource, schema: string) => Promise<void>,
): Promise<void> {
  const options = serviceDatabaseOptions(definition, config);
  const dataSource = createServiceDataSource({ ...options, poolSize });
  await dataSource.initialize();
  try {
    await work(dataSource, options.schema);
  } finally {
    await dataSource.destroy();
  }
}

/** Runs the service until SIGTERM/SIGINT, then drains it and exits. */
async function serve<C extends ServiceConfig>(definition: ServiceDefinition<C>, config: C, logger: Logger) {
  const running = await startService(definition, config, logger);
  drainOnSignal(() => running.stop(), config.SHUTDOWN_GRACE_MS, logger);
}

import path from 'node:path';
import { createLogger, describeError, startTracing } from '@nrm/observability';
import type { Logger } from '@nrm/observability';
import { configOrExit, prepareService } from './cli';
import type { ServiceDefinition } from './service-definition';
import { drainOnSignal } from './shutdown';
import { startService } from './start-service';
import type { RunningService } from './start-service';
import { DomainServiceConfig } from './config';
import type { ServiceConfig } from './config';

/** A service to run in this process, with the environment it would have as a process of its own. */
export interface HostedService {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each service has its own config class
  definition: ServiceDefinition<any>;
  env: Record<string, string | undefined>;
}

export interface HostOptions {
  /** Each service writes `<logDir>/<service>.log`; the host itself writes to stdout. */
  logDir: string;
  /** Migrate and seed each service's schema before starting it (`main.js prepare`). */
  prepare: boolean;
}

/**
 * Runs several services in one Node.js process, as Loki or Tempo run every component with
 * `-target=all`: one process to start and watch on a laptop or in a test, with the same boundaries as
 * one process per service. Each service keeps its own configuration (from its own environment), schema,
 * consumer group, outbox and relay, Kafka principal, port and log file; they share only the event loop.
 * The gateway starts last and stops first. SIGTERM or SIGINT drains every service, then exits.
 */
export async function hostServices(services: HostedService[], options: HostOptions): Promise<void> {
  const hostLogger = createLogger('platform', 'info');
  const loaded = services.map(({ definition, env }) => {
    const config: ServiceConfig = configOrExit(definition, env);
    const file = path.join(options.logDir, `${definition.name}.log`);
    return { definition, config, logger: createLogger(definition.name, config.LOG_LEVEL, file) };
  });
  const configs = loaded.map((l) => l.config);
  startTracing({
    service: 'platform',
    logger: hostLogger,
    otlpEndpoint: configs.find((c) => c.OTEL_EXPORTER_OTLP_ENDPOINT)?.OTEL_EXPORTER_OTLP_ENDPOINT,
    logSpans: configs.some((c) => c.TRACE_LOG_SPANS),
    sampleRatio: Math.max(...configs.map((c) => c.TRACE_SAMPLE_RATIO)),
  });
  const running: RunningService[] = [];
  // The gateway first, so no new work arrives while the others drain.
  const stop = (list: RunningService[]) =>
    Promise.all(
      list.map((r) =>
        r
          .stop()
          .catch((e: unknown) => hostLogger.error({ service: r.name, ...describeError(e) }, 'drain failed')),
      ),
    );
  drainOnSignal(
    async () => {
      await stop(running.filter((r) => r.name === 'gateway'));
      await stop(running.filter((r) => r.name !== 'gateway'));
    },
    Math.max(...configs.map((c) => c.SHUTDOWN_GRACE_MS)),
    hostLogger,
  );

  const start = async ({ definition, config, logger }: (typeof loaded)[number]) => {
    try {
      if (options.prepare && config instanceof DomainServiceConfig)
        await prepareService(definition, config, logger);
      running.push(await startService(definition, config, logger));
    } catch (error) {
      fail(hostLogger, logger, definition.name, error);
    }
  };
  await Promise.all(loaded.filter((l) => l.definition.name !== 'gateway').map(start));
  await Promise.all(loaded.filter((l) => l.definition.name === 'gateway').map(start));
  hostLogger.info({ services: running.map((r) => r.name) }, 'every service is running');
}

function fail(hostLogger: Logger, logger: Logger, service: string, error: unknown): never {
  logger.fatal(describeError(error), 'start failed');
  hostLogger.fatal({ service, ...describeError(error) }, 'a service failed to start; stopping');
  process.exit(1);
}

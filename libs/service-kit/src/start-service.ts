import 'reflect-metadata';
import { Module } from '@nestjs/common';
import type { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PersonalDataErased, Topics } from '@nrm/contracts';
import type { ServiceName } from '@nrm/contracts';
import { CaseInvolvementModule } from '@nrm/case-involvement';
import { NestLoggerAdapter } from '@nrm/observability';
import type { Logger } from '@nrm/observability';
import { AuditModule } from './audit.module';
import type { ServiceConfig } from './config';
import { PlatformCoreModule } from './core.module';
import { DatabaseModule, serviceDatabaseOptions } from './database.module';
import { HttpApiModule, createHttpAdapter } from './http-api.module';
import { KeyringModule } from './keyring.module';
import { MessagingModule, MessagingRuntime } from './messaging.module';
import { subscribes } from './service-definition';
import type { ServiceDefinition } from './service-definition';

/** A service started in this process: where it listens, and how to drain and stop it. */
export interface RunningService {
  name: ServiceName;
  url: string;
  /** Closes HTTP and the consumer (in-flight work finishes), then the relay, producer and database. */
  stop(): Promise<void>;
}

/**
 * The platform modules a service's definition asks for, then its own module. Those that give
 * providers are global, so the service's own providers inject them (`SERVICE_CONFIG`, `LOGGER`,
 * `DataSource`, `OutboxWriter`, `DataKeyring`, `CaseInvolvement`). Nest runs the global modules' start
 * hooks first, in this order, and their stop hooks last, in the reverse order, once the service's
 * own tasks have stopped: the relay and producer stop before the database closes. The shared event
 * handlers (erasures, involvement) are registered before the service's own, as their order here.
 */
export function serviceModules<C extends ServiceConfig>(
  definition: ServiceDefinition<C>,
  config: C,
  logger: Logger,
): (DynamicModule | Type<unknown>)[] {
  const { name } = definition;
  const platform: DynamicModule[] = [
    PlatformCoreModule.forRoot({ name, config, logger }),
    HttpApiModule.forRoot({ validateBodies: !definition.relaysRequestBodies }),
  ];
  if (definition.database && name !== 'gateway') {
    const database = serviceDatabaseOptions(definition, config);
    platform.push(
      DatabaseModule.forRoot(database),
      MessagingModule.forRoot({ service: name, schema: database.schema }),
      AuditModule.forRoot(),
    );
  }
  if (definition.personalData) {
    platform.push(
      KeyringModule.forRoot({
        keyProvider: definition.personalData.keyProvider(config),
        // A service with personal data that reads intake's referrals destroys its keys on an erasure.
        shredOnErasure: subscribes(definition, PersonalDataErased.topic),
      }),
    );
  }
  if (definition.caseInvolvement) {
    platform.push(
      CaseInvolvementModule.forRoot({
        protectionEvents: subscribes(definition, Topics.protectionCase),
        investigationEvents: subscribes(definition, Topics.prosecutionProceedings),
      }),
    );
  }
  return [...platform, definition.appModule];
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
  // A root of static imports: Nest adds them to its container one after the other, in this order.
  @Module({ imports: serviceModules(definition, config, logger) })
  class ServiceRootModule {}
  const app = await NestFactory.create<NestFastifyApplication>(ServiceRootModule, createHttpAdapter(), {
    logger: new NestLoggerAdapter(logger),
    // A failure to build the service (its database unreachable) is the caller's to report.
    abortOnError: false,
  });
  await definition.configure?.(app, config);
  if (definition.database) {
    app.connectMicroservice({ strategy: app.get(MessagingRuntime).transport }, { inheritAppConfig: true });
    await app.startAllMicroservices();
  }
  // Initialises the modules (the relay and background tasks start), then listens.
  await app.listen({ port: config.PORT, host: config.HOST });
  logger.info({ port: config.PORT, host: config.HOST }, `${definition.name} ready`);
  let stopping: Promise<void> | undefined;
  return {
    name: definition.name,
    url: `http://${config.HOST}:${config.PORT}`,
    stop: () => (stopping ??= app.close()),
  };
}

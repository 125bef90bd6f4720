import { Module } from '@nestjs/common';
import type { DynamicModule, INestApplicationContext, Provider, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { OutboxWriter } from '@nrm/messaging';
import { createLogger } from '@nrm/observability';
import { DataKeyring } from '@nrm/security';
import { LOGGER, ProblemException, SERVICE_CONFIG } from '@nrm/service-kit';
import type { ProblemDocument } from '@nrm/service-kit';
import type { ServiceSchema } from './service-schema';

/** What the handlers are given of a test schema. */
export type HandlerSchema = Pick<ServiceSchema, 'dataSource' | 'outbox' | 'keyring'>;

@Module({})
class TestPlatformModule {
  static over(schema: HandlerSchema, config: object, extra: Provider[]): DynamicModule {
    const providers: Provider[] = [
      { provide: DataSource, useValue: schema.dataSource },
      { provide: OutboxWriter, useValue: schema.outbox },
      { provide: DataKeyring, useValue: schema.keyring },
      { provide: SERVICE_CONFIG, useValue: config },
      { provide: LOGGER, useValue: createLogger('handler-test', 'silent') },
      ...extra,
    ];
    const exports = providers.map((p) => ('provide' in p ? p.provide : p));
    return { module: TestPlatformModule, global: true, providers, exports };
  }
}

@Module({})
class HandlersTestModule {
  static of(appModule: Type, schema: HandlerSchema, config: object, extra: Provider[]): DynamicModule {
    return {
      module: HandlersTestModule,
      imports: [TestPlatformModule.over(schema, config, extra), appModule],
    };
  }
}

/**
 * A service's feature modules (its root module) wired over a test schema, with what the platform's
 * modules give them in production: the data source, outbox writer, keyring, configuration and
 * logger, and any `extra` providers. Handlers are then `app.get(Handler)`.
 */
export function handlersOver(
  appModule: Type,
  schema: HandlerSchema,
  config: object,
  extra: Provider[] = [],
): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(HandlersTestModule.of(appModule, schema, config, extra), {
    logger: false,
  });
}

/** The problem a handler refused with (its status, title and field errors), thrown or rejected. */
export async function refusal(work: Promise<unknown> | (() => Promise<unknown>)): Promise<ProblemDocument> {
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (error) {
    if (error instanceof ProblemException) return error.problem;
    throw error;
  }
  throw new Error('the handler did not refuse');
}

/** Rows of the test schema for a test's assertions. */
export async function rows<T = Record<string, unknown>>(
  app: INestApplicationContext,
  statement: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  return app.get(DataSource).query(statement, parameters);
}

import { Inject, Injectable, Module } from '@nestjs/common';
import type { DynamicModule, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createServiceDataSource } from '@nrm/persistence';
import type { ServiceDatabaseOptions } from '@nrm/persistence';
import { DomainServiceConfig } from './config';
import type { ServiceConfig } from './config';
import { READINESS_CHECKS } from './health';
import type { ReadinessCheck } from './health';
import { serviceMigrations } from './platform-migrations';
import { serviceSchema } from './service-definition';
import type { ServiceDefinition } from './service-definition';

/** Where a service's data lives: its database, its schema and every migration of that schema. */
export function serviceDatabaseOptions<C extends ServiceConfig>(
  definition: ServiceDefinition<C>,
  config: C,
): ServiceDatabaseOptions {
  if (!(config instanceof DomainServiceConfig) || !definition.database) {
    throw new Error(`${definition.name} owns no database`);
  }
  return {
    url: config.DATABASE_URL,
    schema: serviceSchema(definition.name, config),
    applicationName: definition.name,
    entities: definition.database.entities,
    migrations: serviceMigrations(definition),
  };
}

/** Closes the pool once the application has stopped (HTTP, consumer and background tasks first). */
@Injectable()
class DatabaseShutdown implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    await this.dataSource.destroy();
  }
}

/**
 * The service's TypeORM `DataSource`, bound to its schema and connected before anything is served
 * (the service does not start without its database), with a `database` readiness check.
 */
@Module({})
export class DatabaseModule {
  static forRoot(options: ServiceDatabaseOptions): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      providers: [
        {
          provide: DataSource,
          useFactory: async (checks: ReadinessCheck[]) => {
            const dataSource = createServiceDataSource(options);
            await dataSource.initialize();
            checks.push({
              name: 'database',
              check: async () => (await dataSource.query('SELECT 1')).length === 1,
            });
            return dataSource;
          },
          inject: [READINESS_CHECKS],
        },
        DatabaseShutdown,
      ],
      exports: [DataSource],
    };
  }
}

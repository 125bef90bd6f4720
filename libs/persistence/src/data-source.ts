import { DataSource } from 'typeorm';
import type { EntitySchema, MixedList } from 'typeorm';

export interface ServiceDatabaseOptions {
  /** postgres://user:password@host:port/database */
  url: string;
  /** The service's own schema; every table of the service lives in it. */
  schema: string;
  applicationName: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities?: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations?: MixedList<Function | string>;
  poolSize?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * A TypeORM data source bound to one service's schema. Migrations only, never `synchronize`; the
 * search path makes the migrations' unqualified table names land in the service's schema.
 */
export function createServiceDataSource(options: ServiceDatabaseOptions): DataSource {
  if (!SCHEMA_NAME.test(options.schema)) throw new RangeError(`invalid schema name: ${options.schema}`);
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    applicationName: options.applicationName,
    entities: options.entities ?? [],
    migrations: options.migrations ?? [],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    poolSize: options.poolSize ?? 10,
    extra: { options: `-c search_path=${options.schema}` },
  });
}

/** Creates the schema when missing and applies pending migrations; safe to run again. */
export async function migrateServiceDatabase(options: ServiceDatabaseOptions): Promise<string[]> {
  const dataSource = createServiceDataSource({ ...options, poolSize: 1 });
  await dataSource.initialize();
  try {
    // Serialises concurrent migrators (several replicas starting at once) on one advisory lock.
    await dataSource.query('SELECT pg_advisory_lock(hashtext($1))', [`nrm-migrate:${options.schema}`]);
    try {
      await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await dataSource.query('SELECT pg_advisory_unlock(hashtext($1))', [`nrm-migrate:${options.schema}`]);
    }
  } finally {
    await dataSource.destroy();
  }
}

import type { DataSource } from 'typeorm';
import { OutboxWriter } from '@nrm/messaging';
import { createServiceDataSource, migrateServiceDatabase } from '@nrm/persistence';
import { DataKeyring, LocalKeyProvider } from '@nrm/security';
import { serviceMigrations } from '@nrm/service-kit';
import type { ServiceConfig, ServiceDefinition } from '@nrm/service-kit';
import { testInfrastructure, uniqueTestName } from '@nrm/testing';

/** A service's migrated schema for one test file, and what its command handlers are built from. */
export interface ServiceSchema {
  dataSource: DataSource;
  schema: string;
  /** Appends to the schema's outbox (no topic prefix): `published` reads it back. */
  outbox: OutboxWriter;
  /** Per-case data keys under a fixed local master key. */
  keyring: DataKeyring;
  /** The subjects (message keys) of the events of `type` in the outbox, in the order appended. */
  published(type: string): Promise<string[]>;
  /** Drops the schema and closes the connections. */
  close(): Promise<void>;
}

/**
 * Migrates a fresh schema with every migration of the service (the platform's and its own) on the
 * test run's PostgreSQL, for integration specs of command and query handlers.
 */
export async function serviceSchemaForTest<C extends ServiceConfig>(
  definition: ServiceDefinition<C>,
  label: string,
  { poolSize = 10 }: { poolSize?: number } = {},
): Promise<ServiceSchema> {
  const schema = uniqueTestName(label);
  const options = {
    url: testInfrastructure().databaseUrl,
    schema,
    applicationName: `${definition.name}-test`,
    migrations: serviceMigrations(definition),
    poolSize,
  };
  await migrateServiceDatabase(options);
  const dataSource = createServiceDataSource(options);
  await dataSource.initialize();
  return {
    dataSource,
    schema,
    outbox: new OutboxWriter(''),
    keyring: new DataKeyring(new LocalKeyProvider(`test:${Buffer.alloc(32, 7).toString('base64')}`)),
    published: async (type) =>
      (
        (await dataSource.query(
          `SELECT message_key FROM outbox WHERE headers->>'ce_type' = $1 ORDER BY seq`,
          [type],
        )) as { message_key: string }[]
      ).map((row) => row.message_key),
    close: async () => {
      await dataSource.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await dataSource.destroy();
    },
  };
}

import type { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { createServiceDataSource, migrateServiceDatabase } from '@nrm/persistence';
import { testInfrastructure } from '@nrm/testing';
import { MessagingMigrations } from './migrations';

/** What the test handlers leave behind: a row per event handled, and what each batch gathered. */
class EffectsTable1764400009999 implements MigrationInterface {
  name = 'EffectsTable1764400009999';
  async up(q: QueryRunner): Promise<void> {
    // No unique key on purpose: an event handled twice would leave two rows.
    await q.query(
      `CREATE TABLE effect (id serial PRIMARY KEY, event_id uuid NOT NULL, case_id uuid NOT NULL)`,
    );
    await q.query(`CREATE TABLE batch_end (id serial PRIMARY KEY, case_ids uuid[] NOT NULL)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE batch_end`);
    await q.query(`DROP TABLE effect`);
  }
}

/** A schema with the messaging tables and the effects of the test handlers, migrated and connected. */
export async function messagingSchemaForTest(
  schema: string,
  applicationName: string,
  { poolSize }: { poolSize?: number } = {},
): Promise<DataSource> {
  const options = {
    url: testInfrastructure().databaseUrl,
    schema,
    applicationName,
    migrations: [...MessagingMigrations, EffectsTable1764400009999],
    ...(poolSize === undefined ? {} : { poolSize }),
  };
  await migrateServiceDatabase(options);
  const dataSource = createServiceDataSource(options);
  await dataSource.initialize();
  return dataSource;
}

/** The effect of handling one event of a case, in the handler's transaction. */
export async function recordEffect(manager: EntityManager, eventId: string, caseId: string): Promise<void> {
  await manager.query(`INSERT INTO effect (event_id, case_id) VALUES ($1, $2)`, [eventId, caseId]);
}

import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { DataSource } from 'typeorm';
import { testInfrastructure, uniqueTestName } from '@nrm/testing';
import { createServiceDataSource, migrateServiceDatabase } from './data-source';
import { sqlOf } from './typed-sql';

interface Tables {
  shelter: { shelter_id: string; beds: number; opened_at: Date };
}

class Shelters1764400000001 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE shelter (shelter_id text PRIMARY KEY, beds int NOT NULL, opened_at timestamptz NOT NULL)`,
    );
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE shelter`);
  }
}

describe('typed SQL over a TypeORM data source, against real PostgreSQL', () => {
  let dataSource: DataSource;
  const options = () => ({
    url: testInfrastructure().databaseUrl,
    schema: schema,
    applicationName: 'typed-sql-test',
    migrations: [Shelters1764400000001],
  });
  let schema: string;

  beforeAll(async () => {
    schema = uniqueTestName('typed_sql');
    await migrateServiceDatabase(options());
    dataSource = createServiceDataSource(options());
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await dataSource.destroy();
  });

  it('inserts, reads and counts updated rows on the data source', async () => {
    const openedAt = new Date('2027-01-04T08:00:00Z');
    await sqlOf<Tables>(dataSource)
      .insertInto('shelter')
      .values([
        { shelter_id: 'kw-north', beds: 12, opened_at: openedAt },
        { shelter_id: 'kw-south', beds: 8, opened_at: openedAt },
      ])
      .execute();
    const updated = await sqlOf<Tables>(dataSource)
      .updateTable('shelter')
      .set((eb) => ({ beds: eb('beds', '-', 1) }))
      .where('shelter_id', '=', 'kw-north')
      .executeTakeFirst();
    expect(updated.numUpdatedRows).toBe(1n);
    const rows = await sqlOf<Tables>(dataSource)
      .selectFrom('shelter')
      .selectAll()
      .orderBy('shelter_id')
      .execute();
    expect(rows).toEqual([
      { shelter_id: 'kw-north', beds: 11, opened_at: openedAt },
      { shelter_id: 'kw-south', beds: 8, opened_at: openedAt },
    ]);
  });

  it("runs inside the manager's transaction, so a failure rolls its queries back", async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await sqlOf<Tables>(manager)
          .insertInto('shelter')
          .values({ shelter_id: 'kw-east', beds: 5, opened_at: new Date() })
          .execute();
        const seen = await sqlOf<Tables>(manager)
          .selectFrom('shelter')
          .select('beds')
          .where('shelter_id', '=', 'kw-east')
          .executeTakeFirstOrThrow();
        expect(seen.beds).toBe(5);
        throw new Error('refused after the insert');
      }),
    ).rejects.toThrow('refused after the insert');
    const after = await sqlOf<Tables>(dataSource)
      .selectFrom('shelter')
      .select('shelter_id')
      .where('shelter_id', '=', 'kw-east')
      .execute();
    expect(after).toEqual([]);
  });

  it("refuses the builder's own transactions: TypeORM's carry the outbox", async () => {
    await expect(
      sqlOf<Tables>(dataSource)
        .transaction()
        .execute(async () => undefined),
    ).rejects.toThrow(/dataSource.transaction/);
  });
});

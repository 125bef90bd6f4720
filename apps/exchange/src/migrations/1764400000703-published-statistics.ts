import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The suppressed statistics each state published, ours and the partners' (the latest of each table,
 * dimension and year): what the regional view adds up. Counts only, nothing of a person.
 */
export class PublishedStatistics1764400000703 implements MigrationInterface {
  name = 'PublishedStatistics1764400000703';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE published_statistics (
        state text NOT NULL CHECK (state ~ '^[a-z]{2}$'),
        table_name text NOT NULL,
        dimension text NOT NULL,
        year integer NOT NULL,
        k integer NOT NULL,
        cells jsonb NOT NULL,
        total integer,
        message_id uuid,
        published_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (state, table_name, dimension, year)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE published_statistics`);
  }
}

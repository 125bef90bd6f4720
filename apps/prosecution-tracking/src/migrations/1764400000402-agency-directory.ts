import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The agency directory, so only real law-enforcement agencies join an investigation. */
export class AgencyDirectory1764400000402 implements MigrationInterface {
  name = 'AgencyDirectory1764400000402';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE agency (agency_id text PRIMARY KEY, agency_type text NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE agency`);
  }
}

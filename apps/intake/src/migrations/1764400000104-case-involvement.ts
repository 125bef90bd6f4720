import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which agencies are involved in a case beyond the referrer and the competent authority, learnt from
 * protection's and prosecution's events: what decides who may read the person's details.
 */
export class CaseInvolvement1764400000104 implements MigrationInterface {
  name = 'CaseInvolvement1764400000104';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_involvement (
        case_id uuid NOT NULL,
        agency_id text NOT NULL,
        basis text NOT NULL CHECK (basis IN ('service_provider', 'shelter', 'investigation')),
        -- What made it: a service referral, a placement, an investigation.
        source_id uuid NOT NULL,
        since timestamptz NOT NULL,
        until timestamptz,
        PRIMARY KEY (case_id, agency_id, basis, source_id)
      )`);
    await q.query(
      `CREATE INDEX case_involvement_active ON case_involvement (case_id, agency_id) WHERE until IS NULL`,
    );
    await q.query(`
      CREATE TABLE investigation_agency (
        investigation_id uuid NOT NULL,
        agency_id text NOT NULL,
        PRIMARY KEY (investigation_id, agency_id)
      )`);
    await q.query(`
      CREATE TABLE investigation_case (
        investigation_id uuid NOT NULL,
        case_id uuid NOT NULL,
        PRIMARY KEY (investigation_id, case_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE investigation_case`);
    await q.query(`DROP TABLE investigation_agency`);
    await q.query(`DROP TABLE case_involvement`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which agencies are involved in a case beyond the referrer and the competent authority, learnt from
 * protection's and prosecution's events, in the schema of each service that decides access by it.
 */
export class CaseInvolvementTables1764400000040 implements MigrationInterface {
  name = 'CaseInvolvementTables1764400000040';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_involvement (
        case_id uuid NOT NULL,
        agency_id text NOT NULL,
        basis text NOT NULL CHECK (basis IN ('protection_lead', 'service_provider', 'shelter', 'investigation')),
        -- What made it: the protection case, a service referral, a placement, an investigation.
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

/** Old name, new name: the copies of investigations' agencies and cases this library keeps. */
const RENAMED: [string, string][] = [
  ['investigation_agency', 'case_involvement_investigation_agency'],
  ['investigation_case', 'case_involvement_investigation_case'],
];

/**
 * The library's tables carry its own prefix, so none is named like a table of prosecution-tracking
 * (which owns `investigation_agency` and `investigation_case`): renamed in place, rows kept, with
 * their primary keys (and so their indexes).
 */
export class CaseInvolvementTableNames1764400000041 implements MigrationInterface {
  name = 'CaseInvolvementTableNames1764400000041';

  async up(q: QueryRunner): Promise<void> {
    for (const [from, to] of RENAMED) await rename(q, from, to);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [from, to] of RENAMED) await rename(q, to, from);
  }
}

async function rename(q: QueryRunner, from: string, to: string): Promise<void> {
  await q.query(`ALTER TABLE ${from} RENAME TO ${to}`);
  await q.query(`ALTER TABLE ${to} RENAME CONSTRAINT ${from}_pkey TO ${to}_pkey`);
}

/** The schema of case involvement, in order: what a service with `caseInvolvement` gets. */
export const CaseInvolvementMigrations = [
  CaseInvolvementTables1764400000040,
  CaseInvolvementTableNames1764400000041,
];

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A competent authority supervisor's recorded decision to disclose a person's details beyond consent. */
export class DisclosureOverrides1764400000105 implements MigrationInterface {
  name = 'DisclosureOverrides1764400000105';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE disclosure_override (
        override_id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES referral,
        agency_id text NOT NULL,
        reason_sealed text NOT NULL,
        granted_by_user text NOT NULL,
        granted_by_agency text NOT NULL,
        granted_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX disclosure_override_case ON disclosure_override (case_id, agency_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE disclosure_override`);
  }
}

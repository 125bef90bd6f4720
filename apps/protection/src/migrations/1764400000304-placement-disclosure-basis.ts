import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A placement discloses the case to the shelter: on consent, for a child, or on a supervisor's override. */
export class PlacementDisclosureBasis1764400000304 implements MigrationInterface {
  name = 'PlacementDisclosureBasis1764400000304';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE placement ADD COLUMN disclosure_basis text NOT NULL DEFAULT 'consent'
         CHECK (disclosure_basis IN ('consent', 'child', 'supervisor_override'))`,
    );
    await q.query(`ALTER TABLE placement ALTER COLUMN disclosure_basis DROP DEFAULT`);
    await q.query(`ALTER TABLE placement ADD COLUMN override_reason_sealed text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE placement DROP COLUMN override_reason_sealed`);
    await q.query(`ALTER TABLE placement DROP COLUMN disclosure_basis`);
  }
}

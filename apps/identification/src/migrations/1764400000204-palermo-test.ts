import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Palermo test records: each element present or not, with its evidence note sealed. */
export class PalermoTest1764400000204 implements MigrationInterface {
  name = 'PalermoTest1764400000204';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE palermo_assessment (
        assessment_id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES screening (case_id),
        act boolean NOT NULL,
        means boolean NOT NULL,
        purpose boolean NOT NULL,
        person_is_child boolean NOT NULL,
        satisfied boolean NOT NULL,
        evidence_sealed text NOT NULL,
        assessed_by_user text NOT NULL,
        assessed_at timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX palermo_assessment_by_case ON palermo_assessment (case_id, assessed_at DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE palermo_assessment`);
  }
}

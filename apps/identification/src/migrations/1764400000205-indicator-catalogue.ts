import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indicator catalogues as adopted policy data (ADR 0020), the assessments made with them, and the
 * officer's answers; evidence notes are sealed. A decision records the advice it was taken against.
 */
export class IndicatorCatalogue1764400000205 implements MigrationInterface {
  name = 'IndicatorCatalogue1764400000205';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE indicator_catalogue (
        version text PRIMARY KEY,
        jurisdiction text NOT NULL,
        content jsonb NOT NULL,
        digest text NOT NULL,
        status text NOT NULL CHECK (status IN ('proposed', 'active', 'retired')),
        loaded_by_user text NOT NULL,
        loaded_by_agency text NOT NULL,
        loaded_at timestamptz NOT NULL,
        adopted_by_user text,
        adopted_at timestamptz,
        retired_at timestamptz,
        CHECK ((status = 'proposed') = (adopted_at IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX indicator_catalogue_one_active ON indicator_catalogue (jurisdiction) WHERE status = 'active'`,
    );
    await q.query(`
      CREATE TABLE indicator_assessment (
        assessment_id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES screening (case_id),
        catalogue_version text NOT NULL REFERENCES indicator_catalogue (version),
        lists text[] NOT NULL,
        person_is_child boolean NOT NULL,
        status text NOT NULL CHECK (status IN ('in_progress', 'completed')),
        advice jsonb NOT NULL,
        started_by_user text NOT NULL,
        started_at timestamptz NOT NULL,
        completed_by_user text,
        completed_at timestamptz,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX indicator_assessment_by_case ON indicator_assessment (case_id, started_at DESC)`,
    );
    await q.query(
      `CREATE UNIQUE INDEX indicator_assessment_one_open ON indicator_assessment (case_id) WHERE status = 'in_progress'`,
    );
    await q.query(`
      CREATE TABLE indicator_answer (
        assessment_id uuid NOT NULL REFERENCES indicator_assessment (assessment_id),
        indicator_id text NOT NULL,
        answer text NOT NULL CHECK (answer IN ('present', 'absent', 'unknown')),
        evidence_source text CHECK (evidence_source IN ('interview', 'document', 'third_party')),
        note_sealed text,
        answered_by_user text NOT NULL,
        answered_at timestamptz NOT NULL,
        PRIMARY KEY (assessment_id, indicator_id)
      )`);
    await q.query(`
      ALTER TABLE decision
        ADD COLUMN assessment_id uuid REFERENCES indicator_assessment (assessment_id),
        ADD COLUMN advised_outcome text,
        ADD COLUMN departure_reason_sealed text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE decision DROP COLUMN assessment_id, DROP COLUMN advised_outcome, DROP COLUMN departure_reason_sealed`,
    );
    await q.query(`DROP TABLE indicator_answer`);
    await q.query(`DROP TABLE indicator_assessment`);
    await q.query(`DROP TABLE indicator_catalogue`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Decisions, recovery periods and reconsiderations; reasons and new information are sealed. */
export class Decisions1764400000203 implements MigrationInterface {
  name = 'Decisions1764400000203';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE screening
        ADD COLUMN recovery_starts_on date,
        ADD COLUMN recovery_ends_on date,
        ADD COLUMN pending_final_decided_by text,
        ADD COLUMN updated_at timestamptz`);
    await q.query(`
      ALTER TABLE jurisdiction_policy
        ADD COLUMN reconsideration_working_days int NOT NULL DEFAULT 10 CHECK (reconsideration_working_days > 0),
        ADD COLUMN final_decision_before_recovery_ends boolean NOT NULL DEFAULT false`);
    await q.query(`
      CREATE TABLE decision (
        decision_id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES screening (case_id),
        stage text NOT NULL CHECK (stage IN ('preliminary', 'final')),
        outcome text NOT NULL CHECK (outcome IN ('positive', 'negative')),
        reasons_sealed text NOT NULL,
        decided_by_user text NOT NULL,
        decided_by_agency text NOT NULL,
        decided_at timestamptz NOT NULL,
        reconsideration boolean NOT NULL,
        review text CHECK (review IN ('pending', 'approved', 'sent_back')),
        reviewed_by_user text,
        reviewed_at timestamptz,
        review_note_sealed text
      )`);
    await q.query(`CREATE INDEX decision_by_case ON decision (case_id, decided_at)`);
    await q.query(`
      CREATE TABLE recovery_extension (
        case_id uuid NOT NULL REFERENCES screening (case_id),
        extended_at timestamptz NOT NULL,
        days int NOT NULL,
        reason text NOT NULL,
        note_sealed text,
        extended_by_user text NOT NULL,
        PRIMARY KEY (case_id, extended_at)
      )`);
    await q.query(`
      CREATE TABLE reconsideration (
        reconsideration_id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES screening (case_id),
        stage text NOT NULL,
        requested_by_user text NOT NULL,
        requested_by_agency text NOT NULL,
        requested_at timestamptz NOT NULL,
        new_information_sealed text NOT NULL,
        due_on date NOT NULL
      )`);
    // A deadline can recur (reconsideration): one pending per case and kind.
    await q.query(`ALTER TABLE deadline DROP CONSTRAINT deadline_case_id_kind_key`);
    await q.query(
      `CREATE UNIQUE INDEX deadline_one_pending ON deadline (case_id, kind) WHERE status = 'pending'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX deadline_one_pending`);
    await q.query(`ALTER TABLE deadline ADD CONSTRAINT deadline_case_id_kind_key UNIQUE (case_id, kind)`);
    await q.query(`DROP TABLE reconsideration`);
    await q.query(`DROP TABLE recovery_extension`);
    await q.query(`DROP TABLE decision`);
    await q.query(
      `ALTER TABLE jurisdiction_policy DROP COLUMN reconsideration_working_days, DROP COLUMN final_decision_before_recovery_ends`,
    );
    await q.query(
      `ALTER TABLE screening DROP COLUMN recovery_starts_on, DROP COLUMN recovery_ends_on, DROP COLUMN pending_final_decided_by, DROP COLUMN updated_at`,
    );
  }
}

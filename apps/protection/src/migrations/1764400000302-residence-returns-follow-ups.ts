import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Residence status history, voluntary return plans, and durable follow-ups (permit expiry, after return). */
export class ResidenceReturnsFollowUps1764400000302 implements MigrationInterface {
  name = 'ResidenceReturnsFollowUps1764400000302';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE residence_status (
        residence_id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES protection_case,
        status text NOT NULL CHECK (status IN ('temporary_permit', 'stay_of_removal', 'residence_regularised', 'irregular')),
        valid_from date NOT NULL,
        expires_on date,
        reference_sealed text,
        current boolean NOT NULL,
        recorded_by text NOT NULL,
        recorded_by_agency_id text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX residence_status_current ON residence_status (case_id) WHERE current`);
    await q.query(`
      CREATE TABLE return_plan (
        return_id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES protection_case,
        status text NOT NULL CHECK (status IN ('planned', 'completed', 'cancelled')),
        destination_country text NOT NULL,
        risk_level text NOT NULL CHECK (risk_level IN ('low', 'medium', 'high')),
        risk_note_sealed text,
        travel_documents_ready boolean NOT NULL,
        receiving_organisation_sealed text,
        follow_up_agency_id text NOT NULL,
        planned_on date NOT NULL,
        planned_by text NOT NULL,
        planned_at timestamptz NOT NULL,
        returned_on date,
        completed_at timestamptz
      )`);
    await q.query(
      `CREATE UNIQUE INDEX return_plan_live ON return_plan (case_id) WHERE status IN ('planned', 'completed')`,
    );
    await q.query(`
      CREATE TABLE follow_up (
        follow_up_id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES protection_case,
        kind text NOT NULL CHECK (kind IN ('residence_expiry', 'return_follow_up')),
        sequence int NOT NULL,
        due_on date NOT NULL,
        about_date date NOT NULL,
        recipient_agency_id text NOT NULL,
        raised_at timestamptz,
        cancelled_at timestamptz,
        outcome text CHECK (outcome IN ('reached', 'not_reached', 'renewed', 'not_renewed')),
        outcome_note_sealed text,
        recorded_by text,
        recorded_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX follow_up_due ON follow_up (due_on) WHERE raised_at IS NULL AND cancelled_at IS NULL`,
    );
    await q.query(`CREATE INDEX follow_up_case ON follow_up (case_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE follow_up`);
    await q.query(`DROP TABLE return_plan`);
    await q.query(`DROP TABLE residence_status`);
  }
}

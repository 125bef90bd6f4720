import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Screening1764400000201 implements MigrationInterface {
  name = 'Screening1764400000201';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE jurisdiction_policy (
        jurisdiction text PRIMARY KEY,
        version text NOT NULL,
        time_zone text NOT NULL,
        weekend text[] NOT NULL,
        preliminary_decision_working_days int NOT NULL CHECK (preliminary_decision_working_days > 0),
        recovery_period_days int NOT NULL,
        recovery_period_minimum_days int NOT NULL,
        competent_authority_agency_id text NOT NULL,
        is_default boolean NOT NULL DEFAULT false,
        loaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX one_default_policy ON jurisdiction_policy (is_default) WHERE is_default`,
    );
    await q.query(`
      CREATE TABLE public_holiday (
        jurisdiction text NOT NULL REFERENCES jurisdiction_policy ON DELETE CASCADE,
        holiday_on date NOT NULL,
        name_en text NOT NULL,
        name_ar text NOT NULL,
        PRIMARY KEY (jurisdiction, holiday_on)
      )`);
    await q.query(`
      CREATE TABLE screening (
        screening_id uuid PRIMARY KEY,
        case_id uuid NOT NULL UNIQUE,
        case_reference text NOT NULL,
        status text NOT NULL,
        referring_agency_id text NOT NULL,
        assigned_agency_id text NOT NULL,
        person_is_child boolean NOT NULL,
        exploitation_types text[] NOT NULL,
        referred_at timestamptz NOT NULL,
        opened_at timestamptz NOT NULL,
        jurisdiction text NOT NULL,
        policy_version text NOT NULL
      )`);
    // Durable deadlines: business time is data, never an in-memory timer.
    await q.query(`
      CREATE TABLE deadline (
        deadline_id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        kind text NOT NULL,
        due_on date NOT NULL,
        working_days int,
        status text NOT NULL DEFAULT 'pending',
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (case_id, kind)
      )`);
    await q.query(`CREATE INDEX deadline_pending ON deadline (due_on) WHERE status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE deadline');
    await q.query('DROP TABLE screening');
    await q.query('DROP TABLE public_holiday');
    await q.query('DROP TABLE jurisdiction_policy');
  }
}

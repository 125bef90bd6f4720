import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The analytics stream's memory (when each case was referred, whether its person agreed to
 * record-level use, how many cases an investigation has) and the statistics projected from the
 * national-statistics topic: one row per pseudonymous record, aggregated when asked.
 */
export class Analytics1764400000601 implements MigrationInterface {
  name = 'Analytics1764400000601';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE analytics_case (
        case_id uuid PRIMARY KEY,
        referred_on date,
        statistics_consent boolean NOT NULL DEFAULT false
      )`);
    await q.query(`
      CREATE TABLE analytics_investigation (
        investigation_id uuid PRIMARY KEY,
        linked_cases int NOT NULL DEFAULT 0
      )`);
    await q.query(`
      CREATE TABLE stat_referral (
        subject text PRIMARY KEY,
        month text NOT NULL,
        referral_channel text NOT NULL,
        referring_agency_type text NOT NULL,
        age_band text NOT NULL,
        child boolean NOT NULL,
        sex text NOT NULL,
        nationalities text[] NOT NULL,
        exploitation_types text[] NOT NULL,
        immediate_risk boolean NOT NULL
      )`);
    await q.query(`
      CREATE TABLE stat_notice (
        record_id uuid PRIMARY KEY,
        month text NOT NULL,
        referral_channel text NOT NULL,
        age_band text NOT NULL,
        sex text NOT NULL,
        nationalities text[] NOT NULL,
        exploitation_types text[] NOT NULL
      )`);
    await q.query(`
      CREATE TABLE stat_case_stage (
        record_id uuid PRIMARY KEY,
        subject text NOT NULL,
        stage text NOT NULL,
        month text NOT NULL,
        outcome text,
        service_type text,
        days_since_referral int
      )`);
    await q.query(`CREATE INDEX stat_case_stage_by_stage ON stat_case_stage (stage, month)`);
    await q.query(`
      CREATE TABLE stat_prosecution (
        record_id uuid PRIMARY KEY,
        subject text NOT NULL,
        stage text NOT NULL,
        month text NOT NULL,
        article text,
        verdict_outcome text,
        linked_cases int NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'stat_prosecution',
      'stat_case_stage',
      'stat_notice',
      'stat_referral',
      'analytics_investigation',
      'analytics_case',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}

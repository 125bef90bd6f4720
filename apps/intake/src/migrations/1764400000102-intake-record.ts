import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The complete referral record: versions, consent, anonymous notices, fingerprints and duplicates. */
export class IntakeRecord1764400000102 implements MigrationInterface {
  name = 'IntakeRecord1764400000102';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE referral
        ADD COLUMN version int NOT NULL DEFAULT 1,
        ADD COLUMN age_band text NOT NULL DEFAULT 'unknown',
        ADD COLUMN means_of_control text[] NOT NULL DEFAULT '{}',
        ADD COLUMN recruitment_method text NOT NULL DEFAULT 'unknown',
        ADD COLUMN region text,
        ADD COLUMN requires_immediate_protection boolean NOT NULL DEFAULT false,
        ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN updated_at timestamptz,
        ADD COLUMN withdrawn_at timestamptz,
        ADD COLUMN withdrawn_by_user text,
        ADD COLUMN withdrawal_reason_sealed text`);
    await q.query(`
      CREATE TABLE referral_version (
        case_id uuid NOT NULL REFERENCES referral ON DELETE CASCADE,
        version int NOT NULL,
        changed_by_user text NOT NULL,
        changed_by_agency text NOT NULL,
        changed_at timestamptz NOT NULL,
        changed_sections text[] NOT NULL,
        reason_sealed text NOT NULL,
        -- The whole record as it was before this version, sealed.
        previous_sealed text NOT NULL,
        PRIMARY KEY (case_id, version)
      )`);
    await q.query(`
      CREATE TABLE consent_record (
        consent_id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES referral ON DELETE CASCADE,
        purpose text NOT NULL,
        granted boolean NOT NULL,
        sharing_agency_types text[] NOT NULL DEFAULT '{}',
        recorded_by_user text NOT NULL,
        recorded_by_agency text NOT NULL,
        recorded_at timestamptz NOT NULL,
        language text NOT NULL,
        interpreter_sealed text
      )`);
    await q.query(`CREATE INDEX consent_current ON consent_record (case_id, purpose, recorded_at DESC)`);
    await q.query(`
      CREATE TABLE person_fingerprint (
        case_id uuid NOT NULL REFERENCES referral ON DELETE CASCADE,
        kind text NOT NULL,
        hash text NOT NULL,
        PRIMARY KEY (case_id, kind, hash)
      )`);
    await q.query(`CREATE INDEX person_fingerprint_by_hash ON person_fingerprint (hash)`);
    await q.query(`
      CREATE TABLE duplicate_link (
        link_id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES referral ON DELETE CASCADE,
        other_case_id uuid NOT NULL REFERENCES referral ON DELETE CASCADE,
        score numeric(4, 3) NOT NULL,
        matched_on text[] NOT NULL,
        status text NOT NULL CHECK (status IN ('suspected', 'confirmed', 'rejected')),
        detected_at timestamptz NOT NULL,
        decided_by_user text,
        decided_by_agency text,
        decided_at timestamptz,
        decision_reason_sealed text,
        CHECK (case_id <> other_case_id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX duplicate_link_pair ON duplicate_link (LEAST(case_id, other_case_id), GREATEST(case_id, other_case_id))`,
    );
    await q.query(`
      CREATE TABLE anonymous_notice (
        notice_id uuid PRIMARY KEY,
        recorded_by_agency text NOT NULL,
        recorded_by_user text NOT NULL,
        recorded_at timestamptz NOT NULL,
        channel text NOT NULL,
        sex text NOT NULL,
        nationalities text[] NOT NULL,
        age_band text NOT NULL,
        exploitation_types text[] NOT NULL,
        encounter_month text NOT NULL,
        region text,
        reported_to_police boolean NOT NULL,
        linked_case_id uuid REFERENCES referral
      )`);
    await q.query(`
      CREATE TABLE anonymous_notice_link (
        notice_id uuid NOT NULL REFERENCES anonymous_notice ON DELETE CASCADE,
        hash text NOT NULL,
        PRIMARY KEY (notice_id, hash)
      )`);
    await q.query(`CREATE INDEX anonymous_notice_link_by_hash ON anonymous_notice_link (hash)`);
    await q.query(`
      CREATE TABLE jurisdiction_setting (
        jurisdiction text PRIMARY KEY,
        is_default boolean NOT NULL,
        report_anonymous_notices_to_police boolean NOT NULL,
        police_agency_id text,
        urgent_risk_alert_agency_ids text[] NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'jurisdiction_setting',
      'anonymous_notice_link',
      'anonymous_notice',
      'duplicate_link',
      'person_fingerprint',
      'consent_record',
      'referral_version',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
    await q.query(`
      ALTER TABLE referral DROP COLUMN version, DROP COLUMN age_band, DROP COLUMN means_of_control,
        DROP COLUMN recruitment_method, DROP COLUMN region, DROP COLUMN requires_immediate_protection,
        DROP COLUMN attachments, DROP COLUMN updated_at, DROP COLUMN withdrawn_at, DROP COLUMN withdrawn_by_user,
        DROP COLUMN withdrawal_reason_sealed`);
  }
}

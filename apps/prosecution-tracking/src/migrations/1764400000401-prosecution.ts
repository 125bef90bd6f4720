import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Investigations, suspects (identity sealed), charges with versions, hearings, testimony, verdicts, appeals, compensation. */
export class Prosecution1764400000401 implements MigrationInterface {
  name = 'Prosecution1764400000401';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE law_article (
        law_code text NOT NULL,
        article text NOT NULL,
        offence_en text NOT NULL,
        offence_ar text NOT NULL,
        penalty_en text NOT NULL,
        aggravating jsonb NOT NULL,
        catalogue_version text NOT NULL,
        PRIMARY KEY (law_code, article)
      )`);
    await q.query(`
      CREATE TABLE referred_case (
        case_id uuid PRIMARY KEY,
        case_reference text NOT NULL,
        referred_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE investigation (
        investigation_id uuid PRIMARY KEY,
        status text NOT NULL CHECK (status IN ('open', 'closed')),
        lead_agency_id text NOT NULL,
        officer_user_id text NOT NULL,
        opened_at timestamptz NOT NULL,
        closed_at timestamptz,
        close_reason text
      )`);
    await q.query(`
      CREATE TABLE investigation_agency (
        investigation_id uuid NOT NULL REFERENCES investigation,
        agency_id text NOT NULL,
        joined_at timestamptz NOT NULL,
        PRIMARY KEY (investigation_id, agency_id)
      )`);
    await q.query(`
      CREATE TABLE investigation_case (
        investigation_id uuid NOT NULL REFERENCES investigation,
        case_id uuid NOT NULL,
        linked_at timestamptz NOT NULL,
        linked_by text NOT NULL,
        PRIMARY KEY (investigation_id, case_id)
      )`);
    await q.query(`CREATE INDEX investigation_case_by_case ON investigation_case (case_id)`);
    await q.query(`
      CREATE TABLE suspect (
        suspect_id uuid PRIMARY KEY,
        investigation_id uuid NOT NULL REFERENCES investigation,
        kind text NOT NULL CHECK (kind IN ('person', 'legal_person')),
        role text NOT NULL,
        nationality text,
        identity_sealed text NOT NULL,
        added_by text NOT NULL,
        added_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE charge (
        charge_id uuid PRIMARY KEY,
        investigation_id uuid NOT NULL REFERENCES investigation,
        suspect_id uuid NOT NULL REFERENCES suspect,
        law_code text NOT NULL,
        article text NOT NULL,
        other_law_reference text,
        aggravating text[] NOT NULL,
        version int NOT NULL,
        filed_at timestamptz NOT NULL,
        filed_by text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE charge_version (
        charge_id uuid NOT NULL REFERENCES charge,
        version int NOT NULL,
        law_code text NOT NULL,
        article text NOT NULL,
        aggravating text[] NOT NULL,
        reason text,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL,
        PRIMARY KEY (charge_id, version)
      )`);
    await q.query(`
      CREATE TABLE hearing (
        hearing_id uuid PRIMARY KEY,
        investigation_id uuid NOT NULL REFERENCES investigation,
        hearing_type text NOT NULL,
        court text NOT NULL,
        scheduled_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('scheduled', 'held', 'postponed')),
        closed_session boolean NOT NULL DEFAULT false,
        reminded_for date,
        held_at timestamptz
      )`);
    await q.query(`CREATE INDEX hearing_upcoming ON hearing (scheduled_on) WHERE status = 'scheduled'`);
    await q.query(`
      CREATE TABLE testimony (
        hearing_id uuid NOT NULL REFERENCES hearing,
        case_id uuid NOT NULL,
        measures text[] NOT NULL,
        arranged_by text NOT NULL,
        arranged_at timestamptz NOT NULL,
        PRIMARY KEY (hearing_id, case_id)
      )`);
    await q.query(`
      CREATE TABLE verdict (
        verdict_id uuid PRIMARY KEY,
        investigation_id uuid NOT NULL REFERENCES investigation,
        charge_id uuid NOT NULL REFERENCES charge,
        suspect_id uuid NOT NULL REFERENCES suspect,
        outcome text NOT NULL CHECK (outcome IN ('convicted', 'acquitted', 'dismissed')),
        court_level text NOT NULL,
        decided_on date NOT NULL,
        sentence_months int,
        life_imprisonment boolean NOT NULL DEFAULT false,
        fine_kwd numeric(12, 3),
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE appeal (
        appeal_id uuid PRIMARY KEY,
        verdict_id uuid NOT NULL REFERENCES verdict,
        filed_by text NOT NULL CHECK (filed_by IN ('prosecution', 'defence')),
        filed_on date NOT NULL,
        recorded_by text NOT NULL,
        UNIQUE (verdict_id, filed_by)
      )`);
    await q.query(`
      CREATE TABLE compensation (
        compensation_id uuid PRIMARY KEY,
        investigation_id uuid NOT NULL REFERENCES investigation,
        case_id uuid NOT NULL,
        amount numeric(12, 3) NOT NULL CHECK (amount > 0),
        currency text NOT NULL,
        ordered_on date NOT NULL,
        paid_on date,
        recorded_by text NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'compensation',
      'appeal',
      'verdict',
      'testimony',
      'hearing',
      'charge_version',
      'charge',
      'suspect',
      'investigation_case',
      'investigation_agency',
      'investigation',
      'referred_case',
      'law_article',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}

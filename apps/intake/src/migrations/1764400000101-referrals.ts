import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Referrals1764400000101 implements MigrationInterface {
  name = 'Referrals1764400000101';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE referral (
        case_id uuid PRIMARY KEY,
        case_reference text NOT NULL UNIQUE,
        status text NOT NULL,
        referring_agency_id text NOT NULL,
        referring_user_id text NOT NULL,
        channel text NOT NULL,
        referred_at timestamptz NOT NULL,
        encountered_on date NOT NULL,
        handled_as_child boolean NOT NULL,
        sex text NOT NULL,
        nationalities text[] NOT NULL,
        exploitation_types text[] NOT NULL,
        immediate_risks text[] NOT NULL,
        interpreter_needed boolean NOT NULL,
        interpreter_language text,
        consent_to_referral boolean NOT NULL,
        consent_language text NOT NULL,
        -- Personal data, AES-256-GCM sealed and bound to the case id.
        person_sealed text NOT NULL,
        encounter_place_sealed text NOT NULL,
        account_sealed text,
        consent_interpreter_sealed text
      )`);
    await q.query(`CREATE INDEX referral_by_agency ON referral (referring_agency_id, referred_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE referral');
  }
}

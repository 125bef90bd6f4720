import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Duplicate matching with evidence (ADR 0021): vowel keys name the token they spell, every suspected
 * link keeps its explanation and rule version, and a supervisor's decision is kept as a label (the
 * comparison levels only, never an identifier) for estimating the weights again.
 */
export class MatchEvidence1764400000106 implements MigrationInterface {
  name = 'MatchEvidence1764400000106';

  async up(q: QueryRunner): Promise<void> {
    // Keys of different tokens may be equal (two names one letter apart, two names of one initial).
    await q.query(`ALTER TABLE person_fingerprint ADD COLUMN token text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE person_fingerprint DROP CONSTRAINT person_fingerprint_pkey`);
    await q.query(`ALTER TABLE person_fingerprint ADD PRIMARY KEY (case_id, kind, hash, token)`);
    await q.query(`ALTER TABLE duplicate_link ADD COLUMN explanation jsonb, ADD COLUMN rule_version text`);
    await q.query(`
      CREATE TABLE duplicate_label (
        link_id uuid PRIMARY KEY REFERENCES duplicate_link ON DELETE CASCADE,
        comparisons jsonb NOT NULL,
        label text NOT NULL CHECK (label IN ('same', 'different')),
        rule_version text,
        referring_agencies text[] NOT NULL,
        decided_by_agency text NOT NULL,
        decided_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE duplicate_label`);
    await q.query(`ALTER TABLE duplicate_link DROP COLUMN explanation, DROP COLUMN rule_version`);
    await q.query(`DELETE FROM person_fingerprint WHERE token <> ''`);
    await q.query(`ALTER TABLE person_fingerprint DROP CONSTRAINT person_fingerprint_pkey`);
    await q.query(`ALTER TABLE person_fingerprint DROP COLUMN token`);
    await q.query(`ALTER TABLE person_fingerprint ADD PRIMARY KEY (case_id, kind, hash)`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The latest indicator assessment of each case, for the prevalence statistics: one row per case under
 * its national-statistics pseudonym, replaced only by an assessment made at the same time or later.
 * `lists` holds, per indicator list, its advice and the dimension results with the indicators found
 * (catalogue codes), as `[{list, outcome, dimensions: [{dimension, positive, presentIndicatorIds}]}]`.
 */
export class IndicatorAssessments1764400000603 implements MigrationInterface {
  name = 'IndicatorAssessments1764400000603';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stat_indicator_assessment (
        subject text PRIMARY KEY,
        record_id uuid NOT NULL,
        month text NOT NULL,
        assessed_at timestamptz NOT NULL,
        outcome text NOT NULL,
        complete boolean NOT NULL,
        weak_provenance boolean NOT NULL,
        child boolean NOT NULL,
        catalogue_version text NOT NULL,
        rule_version text NOT NULL,
        lists jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX stat_indicator_assessment_by_month ON stat_indicator_assessment (month)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE stat_indicator_assessment`);
  }
}

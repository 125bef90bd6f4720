import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The latest indicator assessment of each case, for the prevalence statistics: one row per case under
 * its national-statistics pseudonym, replaced only by an assessment made at the same time or later.
 * The results are flat text arrays, each value once, so that every figure is one unnest away:
 * `lists` (`adult-labour`), `list_outcomes` (`adult-labour:indicated`), `positive_dimensions`
 * (`adult-labour:D1`) and `present_indicators` (`adult-labour:D1:AL-D1-deceived-about-job`, the catalogue's
 * indicator id last).
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
        lists text[] NOT NULL,
        list_outcomes text[] NOT NULL,
        positive_dimensions text[] NOT NULL,
        present_indicators text[] NOT NULL
      )`);
    await q.query(`CREATE INDEX stat_indicator_assessment_by_month ON stat_indicator_assessment (month)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE stat_indicator_assessment`);
  }
}

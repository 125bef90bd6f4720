import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lifecycle events of a case whose referral the stream has not seen yet (topics are read in parallel):
 * kept until the referral arrives, then derived in order with the case's facts.
 */
export class DeferredEvents1764400000602 implements MigrationInterface {
  name = 'DeferredEvents1764400000602';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE analytics_deferred_event (
        event_id uuid PRIMARY KEY,
        case_id uuid NOT NULL,
        event_time timestamptz NOT NULL,
        envelope jsonb NOT NULL,
        deferred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX analytics_deferred_by_case ON analytics_deferred_event (case_id, event_time)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE analytics_deferred_event`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Deadline alerts: each raised once, recorded on the deadline row in the same transaction as its event. */
export class DeadlineAlerts1764400000202 implements MigrationInterface {
  name = 'DeadlineAlerts1764400000202';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE deadline ADD COLUMN warned_at timestamptz, ADD COLUMN breached_at timestamptz`,
    );
    await q.query(
      `ALTER TABLE jurisdiction_policy ADD COLUMN deadline_warning_working_days int NOT NULL DEFAULT 1 CHECK (deadline_warning_working_days >= 0)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE jurisdiction_policy DROP COLUMN deadline_warning_working_days`);
    await q.query(`ALTER TABLE deadline DROP COLUMN warned_at, DROP COLUMN breached_at`);
  }
}

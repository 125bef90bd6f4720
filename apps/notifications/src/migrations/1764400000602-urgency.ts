import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Urgent notifications (urgent risk alerts) are delivered ahead of the queue. */
export class Urgency1764400000602 implements MigrationInterface {
  name = 'Urgency1764400000602';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification ADD COLUMN urgent boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE webhook_delivery ADD COLUMN urgent boolean NOT NULL DEFAULT false`);
    await q.query(`DROP INDEX webhook_delivery_due`);
    await q.query(
      `CREATE INDEX webhook_delivery_due ON webhook_delivery (urgent DESC, next_attempt_at) WHERE status = 'pending'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX webhook_delivery_due`);
    await q.query(
      `CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'pending'`,
    );
    await q.query(`ALTER TABLE webhook_delivery DROP COLUMN urgent`);
    await q.query(`ALTER TABLE notification DROP COLUMN urgent`);
  }
}

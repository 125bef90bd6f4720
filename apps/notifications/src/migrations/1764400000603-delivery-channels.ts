import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Deliveries by channel (webhook, e-mail) in one durable queue; agencies may give an e-mail address. */
export class DeliveryChannels1764400000603 implements MigrationInterface {
  name = 'DeliveryChannels1764400000603';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE webhook_delivery RENAME TO delivery`);
    await q.query(
      `ALTER TABLE delivery ADD COLUMN channel text NOT NULL DEFAULT 'webhook' CHECK (channel IN ('webhook', 'email'))`,
    );
    await q.query(`ALTER TABLE delivery ALTER COLUMN channel DROP DEFAULT`);
    await q.query(`ALTER TABLE delivery DROP CONSTRAINT webhook_delivery_pkey`);
    await q.query(`ALTER TABLE delivery ADD PRIMARY KEY (notification_id, channel)`);
    await q.query(`DROP INDEX webhook_delivery_due`);
    await q.query(
      `CREATE INDEX delivery_due ON delivery (urgent DESC, next_attempt_at) WHERE status = 'pending'`,
    );
    await q.query(`
      CREATE TABLE email_endpoint (
        agency_id text PRIMARY KEY REFERENCES agency,
        address text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE email_endpoint`);
    await q.query(`DELETE FROM delivery WHERE channel <> 'webhook'`);
    await q.query(`DROP INDEX delivery_due`);
    await q.query(`ALTER TABLE delivery DROP CONSTRAINT delivery_pkey`);
    await q.query(`ALTER TABLE delivery ADD PRIMARY KEY (notification_id)`);
    await q.query(`ALTER TABLE delivery DROP COLUMN channel`);
    await q.query(`ALTER TABLE delivery RENAME TO webhook_delivery`);
    await q.query(
      `CREATE INDEX webhook_delivery_due ON webhook_delivery (urgent DESC, next_attempt_at) WHERE status = 'pending'`,
    );
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1764400000601 implements MigrationInterface {
  name = 'Notifications1764400000601';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agency (
        agency_id text PRIMARY KEY,
        agency_type text NOT NULL,
        name_en text NOT NULL,
        name_ar text NOT NULL,
        language text NOT NULL CHECK (language IN ('ar', 'en'))
      )`);
    await q.query(`
      CREATE TABLE webhook_endpoint (
        agency_id text PRIMARY KEY REFERENCES agency,
        url text NOT NULL,
        secret text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE notification (
        notification_id uuid PRIMARY KEY,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        case_id uuid NOT NULL,
        case_reference text NOT NULL,
        recipient_agency_id text NOT NULL REFERENCES agency,
        language text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (event_id, recipient_agency_id)
      )`);
    await q.query(`CREATE INDEX notification_inbox ON notification (recipient_agency_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE webhook_delivery (
        notification_id uuid PRIMARY KEY REFERENCES notification,
        agency_id text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        delivered_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'pending'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE webhook_delivery');
    await q.query('DROP TABLE notification');
    await q.query('DROP TABLE webhook_endpoint');
    await q.query('DROP TABLE agency');
  }
}

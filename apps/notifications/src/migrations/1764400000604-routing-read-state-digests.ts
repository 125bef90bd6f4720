import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Routing rules (seeded defaults, per-agency subscriptions), role-targeted notifications with read
 * state per user, date calendars per agency, a delivery attempt history with dead letters, and
 * daily digests that are composed once per agency and day.
 */
export class RoutingReadStateDigests1764400000604 implements MigrationInterface {
  name = 'RoutingReadStateDigests1764400000604';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE agency ADD COLUMN calendar text NOT NULL DEFAULT 'gregory' CHECK (calendar IN ('gregory', 'islamic-umalqura'))`,
    );
    await q.query(`
      CREATE TABLE routing_default (
        kind text PRIMARY KEY,
        roles text[] NOT NULL,
        channels text[] NOT NULL,
        mandatory boolean NOT NULL DEFAULT false
      )`);
    await q.query(`
      CREATE TABLE subscription (
        agency_id text NOT NULL REFERENCES agency,
        kind text NOT NULL REFERENCES routing_default,
        enabled boolean NOT NULL,
        roles text[] NOT NULL,
        channels text[] NOT NULL,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (agency_id, kind)
      )`);
    await q.query(`ALTER TABLE notification ADD COLUMN kind text`);
    await q.query(`ALTER TABLE notification ADD COLUMN audience_roles text[] NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE notification ALTER COLUMN case_id DROP NOT NULL`);
    await q.query(`ALTER TABLE notification ALTER COLUMN case_reference DROP NOT NULL`);
    await q.query(`
      CREATE TABLE notification_read (
        notification_id uuid NOT NULL REFERENCES notification,
        user_id text NOT NULL,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (notification_id, user_id)
      )`);
    await q.query(
      `INSERT INTO notification_read (notification_id, user_id, read_at)
       SELECT notification_id, 'agency:' || recipient_agency_id, read_at FROM notification WHERE read_at IS NOT NULL`,
    );
    await q.query(`ALTER TABLE notification DROP COLUMN read_at`);
    await q.query(`ALTER TABLE delivery DROP CONSTRAINT IF EXISTS webhook_delivery_status_check`);
    await q.query(`UPDATE delivery SET status = 'dead_lettered' WHERE status = 'failed'`);
    await q.query(
      `ALTER TABLE delivery ADD CONSTRAINT delivery_status_check CHECK (status IN ('pending', 'delivered', 'dead_lettered'))`,
    );
    await q.query(`ALTER TABLE delivery ADD COLUMN created_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`CREATE INDEX delivery_history ON delivery (agency_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE delivery_attempt (
        notification_id uuid NOT NULL,
        channel text NOT NULL,
        attempt int NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now(),
        outcome text NOT NULL CHECK (outcome IN ('delivered', 'failed')),
        error text,
        duration_ms int NOT NULL,
        PRIMARY KEY (notification_id, channel, attempt),
        FOREIGN KEY (notification_id, channel) REFERENCES delivery
      )`);
    await q.query(`
      CREATE TABLE digest (
        agency_id text NOT NULL REFERENCES agency,
        digest_date date NOT NULL,
        notification_id uuid,
        notifications_covered int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (agency_id, digest_date)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE digest`);
    await q.query(`DROP TABLE delivery_attempt`);
    await q.query(`DROP INDEX delivery_history`);
    await q.query(`ALTER TABLE delivery DROP COLUMN created_at`);
    await q.query(`ALTER TABLE delivery DROP CONSTRAINT delivery_status_check`);
    await q.query(`UPDATE delivery SET status = 'failed' WHERE status = 'dead_lettered'`);
    await q.query(
      `ALTER TABLE delivery ADD CONSTRAINT webhook_delivery_status_check CHECK (status IN ('pending', 'delivered', 'failed'))`,
    );
    await q.query(`ALTER TABLE notification ADD COLUMN read_at timestamptz`);
    await q.query(
      `UPDATE notification n SET read_at = r.read_at FROM notification_read r
        WHERE r.notification_id = n.notification_id AND r.user_id = 'agency:' || n.recipient_agency_id`,
    );
    await q.query(`DROP TABLE notification_read`);
    await q.query(
      `DELETE FROM delivery WHERE notification_id IN (SELECT notification_id FROM notification WHERE case_id IS NULL)`,
    );
    await q.query(`DELETE FROM notification WHERE case_id IS NULL`);
    await q.query(`ALTER TABLE notification ALTER COLUMN case_reference SET NOT NULL`);
    await q.query(`ALTER TABLE notification ALTER COLUMN case_id SET NOT NULL`);
    await q.query(`ALTER TABLE notification DROP COLUMN audience_roles`);
    await q.query(`ALTER TABLE notification DROP COLUMN kind`);
    await q.query(`DROP TABLE subscription`);
    await q.query(`DROP TABLE routing_default`);
    await q.query(`ALTER TABLE agency DROP COLUMN calendar`);
  }
}

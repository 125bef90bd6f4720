import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createWakeTrigger, dropWakeTrigger } from '@nrm/persistence';

/**
 * The outbox and inbox tables every service carries in its own schema. Include this migration first in
 * each service's migration list.
 */
export class MessagingTables1764400000000 implements MigrationInterface {
  name = 'MessagingTables1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox (
        seq bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        topic text NOT NULL,
        message_key text NOT NULL,
        headers jsonb NOT NULL,
        payload text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_unpublished ON outbox (seq) WHERE published_at IS NULL`);
    await q.query(`
      CREATE TABLE inbox (
        consumer_group text NOT NULL,
        message_id uuid NOT NULL,
        event_type text NOT NULL,
        topic text NOT NULL,
        kafka_partition int NOT NULL,
        kafka_offset bigint NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, message_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE inbox');
    await q.query('DROP TABLE outbox');
  }
}

/**
 * Wakes the outbox relay from the table itself: one notification per inserting statement, delivered
 * at commit (PostgreSQL folds repeats within a transaction), so no write spends a round trip on it.
 */
export class OutboxWakeTrigger1764400000001 implements MigrationInterface {
  name = 'OutboxWakeTrigger1764400000001';

  async up(q: QueryRunner): Promise<void> {
    await createWakeTrigger(q, 'outbox', 'outbox');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropWakeTrigger(q, 'outbox', 'outbox');
  }
}

/** The messaging tables (outbox, inbox) every service with data carries, in order (platform-migrations in the service kit). */
export const MessagingMigrations = [MessagingTables1764400000000, OutboxWakeTrigger1764400000001];

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each claim of a delivery carries a token: a poller records the outcome of its attempt only while the
 * delivery still carries its token, so a delivery another poller took over once the first one's lease
 * ran out is recorded once, by the poller that holds it.
 */
export class DeliveryLease1764400000606 implements MigrationInterface {
  name = 'DeliveryLease1764400000606';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE delivery ADD COLUMN lease uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE delivery DROP COLUMN lease`);
  }
}

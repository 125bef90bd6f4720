import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a partner's follow-up says of a case (a decision, never a person's detail), kept in the clear so
 * the case's messages can show it; and when a partner's notice to stop processing was carried out.
 */
export class FollowUps1764400000702 implements MigrationInterface {
  name = 'FollowUps1764400000702';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE incoming_message ADD COLUMN decision text`);
    await q.query(`ALTER TABLE outgoing_message ADD COLUMN decision text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE incoming_message DROP COLUMN decision`);
    await q.query(`ALTER TABLE outgoing_message DROP COLUMN decision`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a follow-up says of a case (a decision, never a person's detail), kept in the clear so the
 * case's messages can show it; and the role and access purpose of whoever's act sent a message, for the case's access log.
 */
export class FollowUps1764400000702 implements MigrationInterface {
  name = 'FollowUps1764400000702';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE incoming_message ADD COLUMN decision text`);
    await q.query(`ALTER TABLE outgoing_message ADD COLUMN decision text`);
    await q.query(`ALTER TABLE outgoing_message ADD COLUMN requested_role text`);
    await q.query(`ALTER TABLE outgoing_message ADD COLUMN requested_purpose text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE incoming_message DROP COLUMN decision`);
    await q.query(`ALTER TABLE outgoing_message DROP COLUMN decision`);
    await q.query(`ALTER TABLE outgoing_message DROP COLUMN requested_role`);
    await q.query(`ALTER TABLE outgoing_message DROP COLUMN requested_purpose`);
  }
}

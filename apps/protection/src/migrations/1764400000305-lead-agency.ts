import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The agency that leads a protection case: its case workers and supervisors manage the case. Empty
 * means the jurisdiction's default lead agency (PROTECTION_LEAD_AGENCY_ID).
 */
export class LeadAgency1764400000305 implements MigrationInterface {
  name = 'LeadAgency1764400000305';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE protection_case ADD COLUMN lead_agency_id text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE protection_case DROP COLUMN lead_agency_id`);
  }
}

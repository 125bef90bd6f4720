import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Erasure of a case's personal data: when, by whom, on which legal basis. */
export class PersonalDataErasure1764400000103 implements MigrationInterface {
  name = 'PersonalDataErasure1764400000103';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE referral
        ADD COLUMN personal_data_erased_at timestamptz,
        ADD COLUMN erased_by_user text,
        ADD COLUMN erased_by_agency text,
        ADD COLUMN erasure_legal_basis text,
        ADD COLUMN erasure_reference text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE referral
        DROP COLUMN personal_data_erased_at, DROP COLUMN erased_by_user, DROP COLUMN erased_by_agency,
        DROP COLUMN erasure_legal_basis, DROP COLUMN erasure_reference`);
  }
}

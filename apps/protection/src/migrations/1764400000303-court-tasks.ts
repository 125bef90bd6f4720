import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tasks a hearing with the victim as witness implies, due before the hearing. */
export class CourtTasks1764400000303 implements MigrationInterface {
  name = 'CourtTasks1764400000303';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE court_task (
        task_id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES protection_case,
        hearing_id uuid NOT NULL,
        task_type text NOT NULL CHECK (task_type IN ('interpreter', 'legal_aid', 'transport', 'risk_review')),
        hearing_date date NOT NULL,
        due_on date NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
        done_by text,
        done_at timestamptz,
        UNIQUE (case_id, hearing_id, task_type)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE court_task`);
  }
}

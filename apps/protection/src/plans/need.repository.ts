import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NeedPriority } from '@nrm/contracts';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';
import type { PlannedNeed } from './plan-rules';

/** The needs of a case's service plan, one line per need type. */
@Injectable()
export class NeedRepository {
  /** Withdraws the open needs not among `kept` (every open need when `kept` is undefined). */
  async withdrawOpen(manager: EntityManager, caseId: string, kept?: string[]): Promise<void> {
    let update = sqlOf<Tables>(manager)
      .updateTable('need')
      .set({ status: 'withdrawn' })
      .where('case_id', '=', caseId)
      .where('status', '=', 'open');
    if (kept) update = update.where((eb) => eb.not(eb('need_type', '=', eb.fn.any(eb.val(kept)))));
    await update.execute();
  }

  /** Opens the need (again), keeping an earlier note when this assessment gives none. */
  async upsertOpen(
    manager: EntityManager,
    caseId: string,
    need: PlannedNeed,
    assessment: { noteSealed: string | null; by: string; at: Date },
  ): Promise<void> {
    await sqlOf<Tables>(manager)
      .insertInto('need')
      .values({
        case_id: caseId,
        need_type: need.needType,
        priority: need.priority,
        due_on: need.dueOn,
        status: 'open',
        note_sealed: assessment.noteSealed,
        assessed_by: assessment.by,
        assessed_at: assessment.at,
      })
      .onConflict((oc) =>
        oc.columns(['case_id', 'need_type']).doUpdateSet((eb) => ({
          priority: need.priority,
          due_on: need.dueOn,
          status: 'open',
          note_sealed: eb.fn.coalesce(eb.val(assessment.noteSealed), 'need.note_sealed'),
          assessed_by: assessment.by,
          assessed_at: assessment.at,
        })),
      )
      .execute();
  }

  /** The priority of the need when it is open in the plan. */
  async openPriority(manager: EntityManager, caseId: string, needType: string) {
    const row = await sqlOf<Tables>(manager)
      .selectFrom('need')
      .select('priority')
      .where('case_id', '=', caseId)
      .where('need_type', '=', needType)
      .where('status', '=', 'open')
      .executeTakeFirst();
    return row?.priority as NeedPriority | undefined;
  }

  async markMet(manager: EntityManager, caseId: string, needType: string): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('need')
      .set({ status: 'met' })
      .where('case_id', '=', caseId)
      .where('need_type', '=', needType)
      .where('status', '=', 'open')
      .execute();
  }
}

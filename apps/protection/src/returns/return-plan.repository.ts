import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Insertable, Selectable } from 'kysely';
import type { EntityManager } from 'typeorm';
import type { ReturnRiskLevel } from '@nrm/contracts';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';
import type { ReturnStatus } from './return-rules';

/** A case's return plan in force, its planned date as `YYYY-MM-DD`. */
export type ReturnRow = Pick<
  Selectable<Tables['return_plan']>,
  'return_id' | 'destination_country' | 'follow_up_agency_id'
> & { status: ReturnStatus; risk_level: ReturnRiskLevel; planned_on: string };

/** Plans of voluntary return: one planned or completed per case at a time. */
@Injectable()
export class ReturnPlanRepository {
  /** Locks the case's planned or completed return, when it has one. */
  async lockLive(manager: EntityManager, caseId: string): Promise<ReturnRow | undefined> {
    const row = await sqlOf<Tables>(manager)
      .selectFrom('return_plan')
      .select(['return_id', 'status', 'destination_country', 'risk_level', 'follow_up_agency_id'])
      .select(sql<string>`planned_on::text`.as('planned_on'))
      .where('case_id', '=', caseId)
      .where('status', 'in', ['planned', 'completed'])
      .forUpdate()
      .executeTakeFirst();
    return row as ReturnRow | undefined;
  }

  async insert(manager: EntityManager, plan: Insertable<Tables['return_plan']>): Promise<void> {
    await sqlOf<Tables>(manager).insertInto('return_plan').values(plan).execute();
  }

  async complete(manager: EntityManager, returnId: string, returnedOn: string, at: Date): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('return_plan')
      .set({ status: 'completed', returned_on: returnedOn, completed_at: at })
      .where('return_id', '=', returnId)
      .execute();
  }

  async cancel(manager: EntityManager, returnId: string, at: Date): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('return_plan')
      .set({ status: 'cancelled', completed_at: at })
      .where('return_id', '=', returnId)
      .execute();
  }
}

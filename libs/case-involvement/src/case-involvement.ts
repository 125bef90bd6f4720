import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { EntityManager } from 'typeorm';
import type { InvolvementBasis } from '@nrm/contracts';
import { sqlOf } from '@nrm/persistence';
import type { PlatformTables } from '@nrm/persistence';

/**
 * Keeps which agencies are involved in which cases, from the events: a provider from the service
 * referral until it is declined, completed or its disclosure stopped; a shelter from the placement
 * until check-out; an investigation's agencies while the investigation is open. Every change is
 * idempotent, so a redelivered event changes nothing.
 */
@Injectable()
export class CaseInvolvement {
  async begin(
    manager: EntityManager,
    involvement: { caseId: string; agencyId: string; basis: InvolvementBasis; sourceId: string },
    at: Date,
  ): Promise<void> {
    await sqlOf<PlatformTables>(manager)
      .insertInto('case_involvement')
      .values({
        case_id: involvement.caseId,
        agency_id: involvement.agencyId,
        basis: involvement.basis,
        source_id: involvement.sourceId,
        since: at,
      })
      .onConflict((c) =>
        c.columns(['case_id', 'agency_id', 'basis', 'source_id']).doUpdateSet({ until: null }),
      )
      .execute();
  }

  async end(
    manager: EntityManager,
    where: { caseId: string; sourceId?: string; basis?: InvolvementBasis[] },
    at: Date,
  ) {
    let ending = sqlOf<PlatformTables>(manager)
      .updateTable('case_involvement')
      .set({ until: at })
      .where('case_id', '=', where.caseId)
      .where('until', 'is', null);
    if (where.sourceId) ending = ending.where('source_id', '=', where.sourceId);
    if (where.basis) ending = ending.where('basis', '=', sql<string>`ANY(${where.basis}::text[])`);
    await ending.execute();
  }

  /** An investigation's cases and agencies grew: each of its agencies is involved in each of its cases. */
  async joinInvestigation(
    manager: EntityManager,
    investigationId: string,
    add: { caseIds?: string[]; agencyIds?: string[] },
    at: Date,
  ): Promise<void> {
    const db = sqlOf<PlatformTables>(manager);
    if (add.caseIds?.length) {
      await sql`INSERT INTO case_involvement_investigation_case (investigation_id, case_id)
                SELECT ${investigationId}, unnest(${add.caseIds}::uuid[]) ON CONFLICT DO NOTHING`.execute(db);
    }
    if (add.agencyIds?.length) {
      await sql`INSERT INTO case_involvement_investigation_agency (investigation_id, agency_id)
                SELECT ${investigationId}, unnest(${add.agencyIds}::text[]) ON CONFLICT DO NOTHING`.execute(
        db,
      );
    }
    await db
      .insertInto('case_involvement')
      .columns(['case_id', 'agency_id', 'basis', 'source_id', 'since'])
      .expression((eb) =>
        eb
          .selectFrom('case_involvement_investigation_case as c')
          .innerJoin('case_involvement_investigation_agency as a', 'a.investigation_id', 'c.investigation_id')
          .select([
            'c.case_id',
            'a.agency_id',
            sql<string>`'investigation'`.as('basis'),
            sql<string>`${investigationId}`.as('source_id'),
            sql<Date>`${at}`.as('since'),
          ])
          .where('c.investigation_id', '=', investigationId),
      )
      .onConflict((c) => c.columns(['case_id', 'agency_id', 'basis', 'source_id']).doNothing())
      .execute();
  }

  async closeInvestigation(manager: EntityManager, investigationId: string, at: Date): Promise<void> {
    await sqlOf<PlatformTables>(manager)
      .updateTable('case_involvement')
      .set({ until: at })
      .where('source_id', '=', investigationId)
      .where('basis', '=', 'investigation')
      .where('until', 'is', null)
      .execute();
  }

  /** The current involvements of an agency in a case. */
  async of(manager: EntityManager, caseId: string, agencyId: string): Promise<InvolvementBasis[]> {
    const rows = await sqlOf<PlatformTables>(manager)
      .selectFrom('case_involvement')
      .select('basis')
      .distinct()
      .where('case_id', '=', caseId)
      .where('agency_id', '=', agencyId)
      .where('until', 'is', null)
      .execute();
    return rows.map((r) => r.basis as InvolvementBasis);
  }
}

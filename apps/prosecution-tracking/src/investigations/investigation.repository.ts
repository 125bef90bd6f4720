import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { Actor } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import type { DB as Tables } from '../database/tables.generated';
import { maySeeInvestigation } from '../proceedings/proceedings-rules';

/** An investigation with the agencies that work it and the cases (victims) it concerns, both sorted. */
export type InvestigationRow = Pick<
  Selectable<Tables['investigation']>,
  'investigation_id' | 'lead_agency_id'
> & {
  status: 'open' | 'closed';
  agency_ids: string[];
  case_ids: string[];
};

/** Investigations, their agencies and their linked cases. */
@Injectable()
export class InvestigationRepository {
  /** Reads (and with `lock`, locks) an investigation the actor may see; 404 for anyone else. */
  async findFor(
    source: DataSource | EntityManager,
    investigationId: string,
    actor: Actor,
    { lock = false }: { lock?: boolean } = {},
  ): Promise<InvestigationRow> {
    const query = sqlOf<Tables>(source)
      .selectFrom('investigation as i')
      .select(['i.investigation_id', 'i.status', 'i.lead_agency_id'])
      .select([
        sql<
          string[]
        >`array(SELECT agency_id FROM investigation_agency a WHERE a.investigation_id = i.investigation_id ORDER BY agency_id)`.as(
          'agency_ids',
        ),
        sql<
          string[]
        >`array(SELECT case_id::text FROM investigation_case c WHERE c.investigation_id = i.investigation_id ORDER BY case_id)`.as(
          'case_ids',
        ),
      ])
      .where('i.investigation_id', '=', investigationId)
      .$narrowType<{ status: InvestigationRow['status'] }>();
    const row = await (lock ? query.forUpdate('i') : query).executeTakeFirst();
    if (!row || !maySeeInvestigation(row.agency_ids, actor)) {
      throw new ProblemException('notFound', 'no such investigation among yours');
    }
    return row;
  }

  /** A new open investigation, its lead agency the first of its agencies. */
  async insert(manager: EntityManager, investigationId: string, actor: Actor, at: Date): Promise<void> {
    await sqlOf<Tables>(manager)
      .insertInto('investigation')
      .values({
        investigation_id: investigationId,
        status: 'open',
        lead_agency_id: actor.agencyId,
        officer_user_id: actor.userId,
        opened_at: at,
      })
      .execute();
    await this.addAgency(manager, investigationId, actor.agencyId, at);
  }

  /** Adds an agency to the investigation; nothing when it is already there. */
  async addAgency(
    manager: EntityManager,
    investigationId: string,
    agencyId: string,
    at: Date,
  ): Promise<void> {
    await sqlOf<Tables>(manager)
      .insertInto('investigation_agency')
      .values({ investigation_id: investigationId, agency_id: agencyId, joined_at: at })
      .onConflict((c) => c.doNothing())
      .execute();
  }

  /** Links a case; false when it was already linked. */
  async linkCase(
    manager: EntityManager,
    investigationId: string,
    caseId: string,
    actor: Actor,
    at: Date,
  ): Promise<boolean> {
    const inserted = await sqlOf<Tables>(manager)
      .insertInto('investigation_case')
      .values({ investigation_id: investigationId, case_id: caseId, linked_at: at, linked_by: actor.userId })
      .onConflict((c) => c.doNothing())
      .returning(sql<number>`1`.as('linked'))
      .execute();
    return inserted.length > 0;
  }

  async close(manager: EntityManager, investigationId: string, at: Date, reason: string): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('investigation')
      .set({ status: 'closed', closed_at: at, close_reason: reason })
      .where('investigation_id', '=', investigationId)
      .execute();
  }

  /** The investigations an agency works, newest first, with how many cases each concerns. */
  ofAgency(source: DataSource | EntityManager, agencyId: string) {
    return sqlOf<Tables>(source)
      .selectFrom('investigation as i')
      .select(['i.investigation_id', 'i.status', 'i.lead_agency_id', 'i.opened_at'])
      .select(
        sql<number>`(SELECT count(*)::int FROM investigation_case c WHERE c.investigation_id = i.investigation_id)`.as(
          'cases',
        ),
      )
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('investigation_agency as a')
            .select(sql`1`.as('one'))
            .whereRef('a.investigation_id', '=', 'i.investigation_id')
            .where('a.agency_id', '=', agencyId),
        ),
      )
      .orderBy('i.opened_at', 'desc')
      .limit(200)
      .execute();
  }

  /** The type of an agency in the directory, when it is there. */
  async agencyType(manager: EntityManager, agencyId: string): Promise<string | undefined> {
    const agency = await sqlOf<Tables>(manager)
      .selectFrom('agency_directory')
      .select('agency_type')
      .where('agency_id', '=', agencyId)
      .executeTakeFirst();
    return agency?.agency_type;
  }
}

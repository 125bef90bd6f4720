import { Injectable } from '@nestjs/common';
import type { Selectable } from 'kysely';
import type { EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';

/** A victim's testimony at a hearing, with the case's reference. */
export type TestimonyRow = Pick<Selectable<Tables['testimony']>, 'case_id' | 'measures'> &
  Pick<Selectable<Tables['referred_case']>, 'case_reference'>;

/** The victims' testimony at hearings, with the protective measures each needs. */
@Injectable()
export class TestimonyRepository {
  /** Arranges the testimony of a case at a hearing, or replaces its measures. */
  async arrange(
    manager: EntityManager,
    hearingId: string,
    caseId: string,
    measures: string[],
    arrangedBy: string,
    at: Date,
  ): Promise<void> {
    await sqlOf<Tables>(manager)
      .insertInto('testimony')
      .values({ hearing_id: hearingId, case_id: caseId, measures, arranged_by: arrangedBy, arranged_at: at })
      .onConflict((c) =>
        c
          .columns(['hearing_id', 'case_id'])
          .doUpdateSet({ measures, arranged_by: arrangedBy, arranged_at: at }),
      )
      .execute();
  }

  /** The testimony at a hearing, of one case when given. */
  ofHearing(manager: EntityManager, hearingId: string, onlyCaseId?: string): Promise<TestimonyRow[]> {
    let query = sqlOf<Tables>(manager)
      .selectFrom('testimony as t')
      .innerJoin('referred_case as r', 'r.case_id', 't.case_id')
      .select(['t.case_id', 'r.case_reference', 't.measures'])
      .where('t.hearing_id', '=', hearingId);
    if (onlyCaseId !== undefined) query = query.where('t.case_id', '=', onlyCaseId);
    return query.execute();
  }
}

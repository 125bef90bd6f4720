import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Insertable } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';

/**
 * The competent authority's records on a screening: decisions and their second review, recovery
 * extensions, reconsideration requests and Palermo tests. Reasons and notes arrive sealed.
 */
@Injectable()
export class DecisionRepository {
  /** The advice of the case's latest completed indicator assessment, if any. */
  async latestAdvice(manager: EntityManager, caseId: string) {
    return sqlOf<Tables>(manager)
      .selectFrom('indicator_assessment')
      .select(['assessment_id', sql<string>`advice->>'outcome'`.as('outcome')])
      .where('case_id', '=', caseId)
      .where('status', '=', 'completed')
      .orderBy('completed_at', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  async record(manager: EntityManager, decision: Insertable<Tables['decision']>): Promise<void> {
    await sqlOf<Tables>(manager).insertInto('decision').values(decision).execute();
  }

  /** The latest negative final decision waiting for its second reviewer. */
  async pendingReview(manager: EntityManager, caseId: string) {
    return sqlOf<Tables>(manager)
      .selectFrom('decision')
      .select(['decision_id', 'reconsideration'])
      .where('case_id', '=', caseId)
      .where('stage', '=', 'final')
      .where('review', '=', 'pending')
      .orderBy('decided_at', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
  }

  async recordReview(
    manager: EntityManager,
    decisionId: string,
    review: { review: 'approved' | 'sent_back'; reviewedBy: string; at: Date; noteSealed: string | null },
  ): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('decision')
      .set({
        review: review.review,
        reviewed_by_user: review.reviewedBy,
        reviewed_at: review.at,
        review_note_sealed: review.noteSealed,
      })
      .where('decision_id', '=', decisionId)
      .execute();
  }

  /** A case's decisions in the order they were taken. */
  async ofCase(source: DataSource, caseId: string) {
    return sqlOf<Tables>(source)
      .selectFrom('decision')
      .select(['stage', 'outcome', 'decided_at', 'reconsideration', 'review'])
      .where('case_id', '=', caseId)
      .orderBy('decided_at')
      .execute();
  }

  async recordExtension(manager: EntityManager, extension: Insertable<Tables['recovery_extension']>) {
    await sqlOf<Tables>(manager).insertInto('recovery_extension').values(extension).execute();
  }

  async recordReconsideration(manager: EntityManager, request: Insertable<Tables['reconsideration']>) {
    await sqlOf<Tables>(manager).insertInto('reconsideration').values(request).execute();
  }

  async recordPalermoTest(manager: EntityManager, test: Insertable<Tables['palermo_assessment']>) {
    await sqlOf<Tables>(manager).insertInto('palermo_assessment').values(test).execute();
  }
}

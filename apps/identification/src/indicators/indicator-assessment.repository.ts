import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';
import type { ListId } from './indicator-catalogue';
import type { Answer, IndicatorAdvice } from './indicator-rule';

/** An assessment as stored: its lists, status and advice as the rule gave them. */
export type AssessmentRow = Omit<
  Selectable<Tables['indicator_assessment']>,
  'lists' | 'status' | 'advice'
> & {
  lists: ListId[];
  status: 'in_progress' | 'completed';
  advice: IndicatorAdvice;
};

/** An answer as the officer gave it, the note sealed. */
export interface AnswerInput {
  indicator_id: string;
  answer: Answer;
  evidence_source: string | null;
  note_sealed: string | null;
}

/** Indicator assessments of cases and their answers. */
@Injectable()
export class IndicatorAssessmentRepository {
  async inProgress(manager: EntityManager, caseId: string) {
    return sqlOf<Tables>(manager)
      .selectFrom('indicator_assessment')
      .select('assessment_id')
      .where('case_id', '=', caseId)
      .where('status', '=', 'in_progress')
      .executeTakeFirst();
  }

  async start(
    manager: EntityManager,
    assessment: { assessmentId: string; caseId: string; catalogueVersion: string; lists: ListId[] },
    personIsChild: boolean,
    advice: IndicatorAdvice,
    userId: string,
    now: Date,
  ): Promise<void> {
    await sqlOf<Tables>(manager)
      .insertInto('indicator_assessment')
      .values({
        assessment_id: assessment.assessmentId,
        case_id: assessment.caseId,
        catalogue_version: assessment.catalogueVersion,
        lists: assessment.lists,
        person_is_child: personIsChild,
        status: 'in_progress',
        advice: JSON.stringify(advice),
        started_by_user: userId,
        started_at: now,
        updated_at: now,
      })
      .execute();
  }

  /** The case's assessment (`lock`: locked for a change); undefined when the case has no such one. */
  async find(
    source: DataSource | EntityManager,
    caseId: string,
    assessmentId: string,
    lock = false,
  ): Promise<AssessmentRow | undefined> {
    const query = sqlOf<Tables>(source)
      .selectFrom('indicator_assessment')
      .selectAll()
      .where('assessment_id', '=', assessmentId)
      .where('case_id', '=', caseId);
    return (await (lock ? query.forUpdate() : query).executeTakeFirst()) as unknown as
      AssessmentRow | undefined;
  }

  async ofCase(source: DataSource, caseId: string): Promise<AssessmentRow[]> {
    return (await sqlOf<Tables>(source)
      .selectFrom('indicator_assessment')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('started_at', 'desc')
      .execute()) as unknown as AssessmentRow[];
  }

  /** Whether the case has a completed assessment (a new completion is then a reassessment). */
  async hasCompleted(manager: EntityManager, caseId: string): Promise<boolean> {
    const row = await sqlOf<Tables>(manager)
      .selectFrom('indicator_assessment')
      .select(sql<number>`1`.as('one'))
      .where('case_id', '=', caseId)
      .where('status', '=', 'completed')
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Records answers in one statement: a later answer to the same indicator replaces the earlier. */
  async answer(
    manager: EntityManager,
    assessmentId: string,
    answers: AnswerInput[],
    userId: string,
    now: Date,
  ) {
    await sql`
      INSERT INTO indicator_answer (assessment_id, indicator_id, answer, evidence_source, note_sealed, answered_by_user, answered_at)
      SELECT ${assessmentId}, a.indicator_id, a.answer, a.evidence_source, a.note_sealed, ${userId}, ${now}
        FROM json_to_recordset(${JSON.stringify(answers)}::json) AS a (indicator_id text, answer text, evidence_source text, note_sealed text)
      ON CONFLICT (assessment_id, indicator_id) DO UPDATE SET answer = EXCLUDED.answer,
        evidence_source = EXCLUDED.evidence_source, note_sealed = EXCLUDED.note_sealed,
        answered_by_user = EXCLUDED.answered_by_user, answered_at = EXCLUDED.answered_at`.execute(
      sqlOf<Tables>(manager),
    );
  }

  async answers(manager: EntityManager, assessmentId: string) {
    return (await sqlOf<Tables>(manager)
      .selectFrom('indicator_answer')
      .select(['indicator_id', 'answer', 'evidence_source', 'note_sealed', 'answered_at'])
      .where('assessment_id', '=', assessmentId)
      .orderBy('indicator_id')
      .execute()) as (Omit<
      Selectable<Tables['indicator_answer']>,
      'answer' | 'answered_by_user' | 'assessment_id'
    > & {
      answer: Answer;
    })[];
  }

  async advise(
    manager: EntityManager,
    assessmentId: string,
    advice: IndicatorAdvice,
    now: Date,
  ): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('indicator_assessment')
      .set({ advice: JSON.stringify(advice), updated_at: now })
      .where('assessment_id', '=', assessmentId)
      .execute();
  }

  async complete(manager: EntityManager, assessmentId: string, userId: string, now: Date): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('indicator_assessment')
      .set({ status: 'completed', completed_by_user: userId, completed_at: now, updated_at: now })
      .where('assessment_id', '=', assessmentId)
      .execute();
  }

  /** The case's latest assessment and its advice, in brief. */
  async latest(source: DataSource, caseId: string) {
    return sqlOf<Tables>(source)
      .selectFrom('indicator_assessment')
      .select([
        'assessment_id',
        'catalogue_version',
        'status',
        sql<string>`advice->>'outcome'`.as('outcome'),
        sql<boolean>`(advice->>'complete')::boolean`.as('complete'),
      ])
      .where('case_id', '=', caseId)
      .orderBy('started_at', 'desc')
      .limit(1)
      .executeTakeFirst();
  }
}

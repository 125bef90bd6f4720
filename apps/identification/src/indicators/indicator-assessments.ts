import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { IndicatorAnswersRequest } from '@nrm/api-contracts';
import { IndicatorsAssessed } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { DataKeyring } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { ProblemException, requireRole } from '@nrm/service-kit';
import type { IndicatorCatalogue, IndicatorList, ListId } from './indicator-catalogue';
import { IndicatorCatalogues } from './indicator-catalogues';
import { adviseFromIndicators, listsFor } from './indicator-rule';
import type { Answer, IndicatorAdvice } from './indicator-rule';

const DECIDING_ROLES = ['identification_officer', 'supervisor'] as const;

export interface AssessmentSummary {
  assessmentId: string;
  catalogueVersion: string;
  status: 'in_progress' | 'completed';
  outcome: IndicatorAdvice['outcome'];
  complete: boolean;
  startedAt: string;
  completedAt: string | null;
}

export interface AssessmentView extends AssessmentSummary {
  caseId: string;
  personIsChild: boolean;
  advice: IndicatorAdvice;
  /** The questions: each list's indicators as the catalogue version gives them. */
  lists: IndicatorList[];
  answers: {
    indicatorId: string;
    answer: Answer;
    evidenceSource: string | null;
    note: string | null;
    answeredAt: string;
  }[];
}

interface AssessmentRow {
  assessment_id: string;
  case_id: string;
  catalogue_version: string;
  lists: ListId[];
  person_is_child: boolean;
  status: 'in_progress' | 'completed';
  advice: IndicatorAdvice;
  started_at: Date;
  completed_at: Date | null;
}

/**
 * Indicator screening of a case: the officer answers the catalogue's questions, the rule advises as
 * the answers change, and a completed assessment is final. A reassessment is a new assessment, with
 * the catalogue version in force when it starts; earlier results never change.
 */
@Injectable()
export class IndicatorAssessments {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
    private readonly catalogues: IndicatorCatalogues,
  ) {}

  start(caseId: string, actor: Actor, now = new Date()): Promise<AssessmentView> {
    requireRole(actor, ...DECIDING_ROLES);
    return this.dataSource.transaction(async (manager) => {
      const screening = await lockScreening(manager, caseId, actor);
      if (screening.status === 'closed') throw new ProblemException('conflict', 'the screening is closed');
      const [open]: { assessment_id: string }[] = await manager.query(
        `SELECT assessment_id FROM indicator_assessment WHERE case_id = $1 AND status = 'in_progress'`,
        [caseId],
      );
      if (open)
        throw new ProblemException(
          'conflict',
          `assessment ${open.assessment_id} is in progress: complete it before starting another`,
        );
      const catalogue = await this.catalogues.active(manager);
      if (!catalogue)
        throw new ProblemException(
          'conflict',
          'no indicator catalogue is in force: the authority must adopt one',
        );
      const lists = listsFor(catalogue, screening.person_is_child, screening.exploitation_types);
      const advice = adviseFromIndicators(catalogue, lists, new Map());
      const assessmentId = randomUUID();
      await manager.query(
        `INSERT INTO indicator_assessment (assessment_id, case_id, catalogue_version, lists, person_is_child, status, advice,
           started_by_user, started_at, updated_at) VALUES ($1, $2, $3, $4, $5, 'in_progress', $6, $7, $8, $8)`,
        [
          assessmentId,
          caseId,
          catalogue.version,
          lists.map((l) => l.id),
          screening.person_is_child,
          advice,
          actor.userId,
          now,
        ],
      );
      return this.view(manager, caseId, assessmentId);
    });
  }

  /** Records answers (a later answer to the same indicator replaces the earlier) and advises again. */
  answer(
    caseId: string,
    assessmentId: string,
    request: IndicatorAnswersRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<AssessmentView> {
    requireRole(actor, ...DECIDING_ROLES);
    return this.dataSource.transaction(async (manager) => {
      await lockScreening(manager, caseId, actor);
      const row = await this.lockAssessment(manager, caseId, assessmentId);
      if (row.status === 'completed')
        throw new ProblemException('conflict', 'a completed assessment never changes: start a reassessment');
      const { catalogue, lists } = await this.listsOf(manager, row);
      const asked = new Set(lists.flatMap((l) => l.indicators.map((i) => i.id)));
      const seen = new Set<string>();
      const problems = request.answers.flatMap((a, n) => {
        if (!asked.has(a.indicatorId))
          return [
            {
              field: `answers[${n}].indicatorId`,
              message: 'is not an indicator of the lists asked in this assessment',
            },
          ];
        if (seen.has(a.indicatorId))
          return [
            {
              field: `answers[${n}].indicatorId`,
              message: 'answers an indicator answered earlier in this request',
            },
          ];
        seen.add(a.indicatorId);
        return [];
      });
      if (problems.length > 0)
        throw new ProblemException('validation', 'the answers are not valid', problems);
      const sealer = request.answers.some((a) => a.note)
        ? await this.keyring.sealerFor(manager, caseId)
        : undefined;
      await manager.query(
        `INSERT INTO indicator_answer (assessment_id, indicator_id, answer, evidence_source, note_sealed, answered_by_user, answered_at)
         SELECT $1, a.indicator_id, a.answer, a.evidence_source, a.note_sealed, $2, $3
           FROM json_to_recordset($4::json) AS a (indicator_id text, answer text, evidence_source text, note_sealed text)
         ON CONFLICT (assessment_id, indicator_id) DO UPDATE SET answer = EXCLUDED.answer,
           evidence_source = EXCLUDED.evidence_source, note_sealed = EXCLUDED.note_sealed,
           answered_by_user = EXCLUDED.answered_by_user, answered_at = EXCLUDED.answered_at`,
        [
          assessmentId,
          actor.userId,
          now,
          JSON.stringify(
            request.answers.map((a) => ({
              indicator_id: a.indicatorId,
              answer: a.answer,
              evidence_source: a.evidenceSource ?? null,
              note_sealed: a.note && sealer ? sealer.seal(a.note) : null,
            })),
          ),
        ],
      );
      const answers: { indicator_id: string; answer: Answer }[] = await manager.query(
        `SELECT indicator_id, answer FROM indicator_answer WHERE assessment_id = $1`,
        [assessmentId],
      );
      const advice = adviseFromIndicators(
        catalogue,
        lists,
        new Map(answers.map((a) => [a.indicator_id, a.answer])),
      );
      await manager.query(
        `UPDATE indicator_assessment SET advice = $2, updated_at = $3 WHERE assessment_id = $1`,
        [assessmentId, advice, now],
      );
      return this.view(manager, caseId, assessmentId);
    });
  }

  /** Completes an assessment: its advice is final, and the other services learn the result. */
  complete(caseId: string, assessmentId: string, actor: Actor, now = new Date()): Promise<AssessmentView> {
    requireRole(actor, ...DECIDING_ROLES);
    return this.dataSource.transaction(async (manager) => {
      await lockScreening(manager, caseId, actor);
      const row = await this.lockAssessment(manager, caseId, assessmentId);
      if (row.status === 'completed')
        throw new ProblemException('conflict', 'the assessment is already completed');
      const [earlier]: unknown[] = await manager.query(
        `SELECT 1 FROM indicator_assessment WHERE case_id = $1 AND status = 'completed' LIMIT 1`,
        [caseId],
      );
      await manager.query(
        `UPDATE indicator_assessment SET status = 'completed', completed_by_user = $2, completed_at = $3, updated_at = $3
          WHERE assessment_id = $1`,
        [assessmentId, actor.userId, now],
      );
      const { advice } = row;
      await this.outbox.append(manager, IndicatorsAssessed, {
        subject: caseId,
        time: now,
        data: {
          caseId,
          assessmentId,
          catalogueVersion: advice.catalogueVersion,
          ruleVersion: advice.ruleVersion,
          outcome: advice.outcome,
          complete: advice.complete,
          restsOnWeakProvenance: advice.provenance.weak,
          personIsChild: row.person_is_child,
          lists: advice.lists.map((l) => ({
            list: l.list,
            outcome: l.outcome,
            dimensions: l.dimensions.map((d) => ({
              dimension: d.dimension,
              positive: d.positive,
              presentIndicatorIds: [...d.indicatorIds, ...d.ungradedPresentIds],
            })),
          })),
          reassessment: earlier !== undefined,
          assessedAt: now.toISOString(),
        },
      });
      return this.view(manager, caseId, assessmentId);
    });
  }

  async list(caseId: string, actor: Actor): Promise<{ items: AssessmentSummary[] }> {
    requireRole(actor, ...DECIDING_ROLES);
    await assignedScreening(this.dataSource.manager, caseId, actor);
    const rows: AssessmentRow[] = await this.dataSource.query(
      `SELECT * FROM indicator_assessment WHERE case_id = $1 ORDER BY started_at DESC`,
      [caseId],
    );
    return { items: rows.map(summaryOf) };
  }

  async read(caseId: string, assessmentId: string, actor: Actor): Promise<AssessmentView> {
    requireRole(actor, ...DECIDING_ROLES);
    await assignedScreening(this.dataSource.manager, caseId, actor);
    return this.view(this.dataSource.manager, caseId, assessmentId);
  }

  private async view(manager: EntityManager, caseId: string, assessmentId: string): Promise<AssessmentView> {
    const [row]: AssessmentRow[] = await manager.query(
      `SELECT * FROM indicator_assessment WHERE assessment_id = $1 AND case_id = $2`,
      [assessmentId, caseId],
    );
    if (!row) throw new ProblemException('notFound', 'no such assessment for this case');
    const { lists } = await this.listsOf(manager, row);
    const answers: {
      indicator_id: string;
      answer: Answer;
      evidence_source: string | null;
      note_sealed: string | null;
      answered_at: Date;
    }[] = await manager.query(
      `SELECT indicator_id, answer, evidence_source, note_sealed, answered_at FROM indicator_answer
        WHERE assessment_id = $1 ORDER BY indicator_id`,
      [assessmentId],
    );
    const sealer = answers.some((a) => a.note_sealed)
      ? await this.keyring.sealerFor(manager, caseId)
      : undefined;
    return {
      ...summaryOf(row),
      caseId,
      personIsChild: row.person_is_child,
      advice: row.advice,
      lists,
      answers: answers.map((a) => ({
        indicatorId: a.indicator_id,
        answer: a.answer,
        evidenceSource: a.evidence_source,
        note: a.note_sealed && sealer ? sealer.open(a.note_sealed) : null,
        answeredAt: a.answered_at.toISOString(),
      })),
    };
  }

  private async lockAssessment(
    manager: EntityManager,
    caseId: string,
    assessmentId: string,
  ): Promise<AssessmentRow> {
    const [row]: AssessmentRow[] = await manager.query(
      `SELECT * FROM indicator_assessment WHERE assessment_id = $1 AND case_id = $2 FOR UPDATE`,
      [assessmentId, caseId],
    );
    if (!row) throw new ProblemException('notFound', 'no such assessment for this case');
    return row;
  }

  private async listsOf(
    manager: EntityManager,
    row: AssessmentRow,
  ): Promise<{ catalogue: IndicatorCatalogue; lists: IndicatorList[] }> {
    const catalogue = await this.catalogues.version(manager, row.catalogue_version);
    if (!catalogue)
      throw new Error(`indicator catalogue ${row.catalogue_version} of an assessment is missing`);
    return { catalogue, lists: catalogue.lists.filter((l) => row.lists.includes(l.id)) };
  }
}

interface ScreeningFacts {
  status: string;
  person_is_child: boolean;
  exploitation_types: string[];
}

/** The screening, locked, if the actor's agency is the one it is assigned to; else not found. */
async function lockScreening(manager: EntityManager, caseId: string, actor: Actor): Promise<ScreeningFacts> {
  return assignedScreening(manager, caseId, actor, 'FOR UPDATE');
}

async function assignedScreening(
  manager: EntityManager,
  caseId: string,
  actor: Actor,
  lock = '',
): Promise<ScreeningFacts> {
  const [row]: (ScreeningFacts & { assigned_agency_id: string })[] = await manager.query(
    `SELECT status, person_is_child, exploitation_types, assigned_agency_id FROM screening WHERE case_id = $1 ${lock}`,
    [caseId],
  );
  if (!row || row.assigned_agency_id !== actor.agencyId)
    throw new ProblemException('notFound', 'no screening for this case');
  return row;
}

function summaryOf(r: AssessmentRow): AssessmentSummary {
  return {
    assessmentId: r.assessment_id,
    catalogueVersion: r.catalogue_version,
    status: r.status,
    outcome: r.advice.outcome,
    complete: r.advice.complete,
    startedAt: r.started_at.toISOString(),
    completedAt: r.completed_at?.toISOString() ?? null,
  };
}

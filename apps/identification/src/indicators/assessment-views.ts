import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataKeyring } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import type { IndicatorCatalogue, IndicatorList } from './indicator-catalogue';
import { IndicatorCatalogues } from './indicator-catalogues';
import { IndicatorAssessmentRepository } from './indicator-assessment.repository';
import type { AssessmentRow } from './indicator-assessment.repository';
import type { Answer, IndicatorAdvice } from './indicator-rule';

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

/** An assessment as the officer sees it: its questions, answers (notes opened) and advice. */
@Injectable()
export class AssessmentViews {
  constructor(
    private readonly assessments: IndicatorAssessmentRepository,
    private readonly catalogues: IndicatorCatalogues,
    private readonly keyring: DataKeyring,
  ) {}

  async view(manager: EntityManager, caseId: string, assessmentId: string): Promise<AssessmentView> {
    const row = await this.assessments.find(manager, caseId, assessmentId);
    if (!row) throw new ProblemException('notFound', 'no such assessment for this case');
    const { lists } = await this.listsOf(manager, row);
    const answers = await this.assessments.answers(manager, assessmentId);
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

  /** The catalogue version an assessment was started with, and the lists it asks. */
  async listsOf(
    manager: EntityManager,
    row: AssessmentRow,
  ): Promise<{ catalogue: IndicatorCatalogue; lists: IndicatorList[] }> {
    const catalogue = await this.catalogues.version(manager, row.catalogue_version);
    if (!catalogue)
      throw new Error(`indicator catalogue ${row.catalogue_version} of an assessment is missing`);
    return { catalogue, lists: catalogue.lists.filter((l) => row.lists.includes(l.id)) };
  }

  /** The case's assessment locked for a change; 404 when the case has no such one. */
  async lock(manager: EntityManager, caseId: string, assessmentId: string): Promise<AssessmentRow> {
    const row = await this.assessments.find(manager, caseId, assessmentId, true);
    if (!row) throw new ProblemException('notFound', 'no such assessment for this case');
    return row;
  }
}

export function summaryOf(r: AssessmentRow): AssessmentSummary {
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

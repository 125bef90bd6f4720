import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { IndicatorAnswersRequest } from '@nrm/api-contracts';
import { DataKeyring } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { ScreeningRepository } from '../../screening/screening.repository';
import { AssessmentViews } from '../assessment-views';
import { answerProblems } from '../indicator-answer-rules';
import { IndicatorAssessmentRepository } from '../indicator-assessment.repository';
import { adviseFromIndicators } from '../indicator-rule';
import { Routes } from '@nrm/api-contracts';
import type { IndicatorAssessmentResponse } from '@nrm/api-contracts';

/** Records answers (a later answer to the same indicator replaces the earlier) and advises again. */
@Injectable()
export class AnswerIndicators {
  constructor(
    private readonly dataSource: DataSource,
    private readonly screenings: ScreeningRepository,
    private readonly assessments: IndicatorAssessmentRepository,
    private readonly views: AssessmentViews,
    private readonly keyring: DataKeyring,
  ) {}

  execute(
    caseId: string,
    assessmentId: string,
    request: IndicatorAnswersRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<IndicatorAssessmentResponse> {
    permit(actor, Routes.answerIndicators);
    return this.dataSource.transaction(async (manager) => {
      await this.screenings.assignedTo(manager, caseId, actor, true);
      const row = await this.views.lock(manager, caseId, assessmentId);
      if (row.status === 'completed')
        throw new ProblemException('conflict', 'a completed assessment never changes: start a reassessment');
      const { catalogue, lists } = await this.views.listsOf(manager, row);
      const asked = new Set(lists.flatMap((l) => l.indicators.map((i) => i.id)));
      const problems = answerProblems(asked, request.answers);
      if (problems.length > 0)
        throw new ProblemException('validation', 'the answers are not valid', problems);
      const sealer = request.answers.some((a) => a.note)
        ? await this.keyring.sealerFor(manager, caseId)
        : undefined;
      await this.assessments.answer(
        manager,
        assessmentId,
        request.answers.map((a) => ({
          indicator_id: a.indicatorId,
          answer: a.answer,
          evidence_source: a.evidenceSource ?? null,
          note_sealed: a.note && sealer ? sealer.seal(a.note) : null,
        })),
        actor.userId,
        now,
      );
      const answers = await this.assessments.answers(manager, assessmentId);
      const advice = adviseFromIndicators(
        catalogue,
        lists,
        new Map(answers.map((a) => [a.indicator_id, a.answer])),
      );
      await this.assessments.advise(manager, assessmentId, advice, now);
      return this.views.view(manager, caseId, assessmentId);
    });
  }
}

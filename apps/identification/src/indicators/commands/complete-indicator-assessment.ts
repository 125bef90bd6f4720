import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IndicatorsAssessed } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { ScreeningRepository } from '../../screening/screening.repository';
import { AssessmentViews } from '../assessment-views';
import { IndicatorAssessmentRepository } from '../indicator-assessment.repository';
import { Routes } from '@nrm/api-contracts';
import type { IndicatorAssessmentResponse } from '@nrm/api-contracts';

/** Completes an assessment: its advice is final, and the other services learn the result. */
@Injectable()
export class CompleteIndicatorAssessment {
  constructor(
    private readonly dataSource: DataSource,
    private readonly screenings: ScreeningRepository,
    private readonly assessments: IndicatorAssessmentRepository,
    private readonly views: AssessmentViews,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(
    caseId: string,
    assessmentId: string,
    actor: Actor,
    now = new Date(),
  ): Promise<IndicatorAssessmentResponse> {
    permit(actor, Routes.completeIndicatorAssessment);
    return this.dataSource.transaction(async (manager) => {
      await this.screenings.assignedTo(manager, caseId, actor, true);
      const row = await this.views.lock(manager, caseId, assessmentId);
      if (row.status === 'completed')
        throw new ProblemException('conflict', 'the assessment is already completed');
      const reassessment = await this.assessments.hasCompleted(manager, caseId);
      await this.assessments.complete(manager, assessmentId, actor.userId, now);
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
          reassessment,
          assessedAt: now.toISOString(),
        },
      });
      return this.views.view(manager, caseId, assessmentId);
    });
  }
}

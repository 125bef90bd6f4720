import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { ScreeningRepository } from '../../screening/screening.repository';
import { AssessmentViews } from '../assessment-views';
import { IndicatorAssessmentRepository } from '../indicator-assessment.repository';
import { IndicatorCatalogues } from '../indicator-catalogues';
import { adviseFromIndicators, listsFor } from '../indicator-rule';
import { Routes } from '@nrm/api-contracts';
import type { IndicatorAssessmentResponse } from '@nrm/api-contracts';

/**
 * Starts an indicator assessment of a case with the catalogue in force: the lists for the person
 * (a child's, the exploitation types'), no answers yet. One at a time per case.
 */
@Injectable()
export class StartIndicatorAssessment {
  constructor(
    private readonly dataSource: DataSource,
    private readonly screenings: ScreeningRepository,
    private readonly assessments: IndicatorAssessmentRepository,
    private readonly catalogues: IndicatorCatalogues,
    private readonly views: AssessmentViews,
  ) {}

  execute(caseId: string, actor: Actor, now = new Date()): Promise<IndicatorAssessmentResponse> {
    permit(actor, Routes.startIndicatorAssessment);
    return this.dataSource.transaction(async (manager) => {
      const screening = await this.screenings.assignedTo(manager, caseId, actor, true);
      if (screening.status === 'closed') throw new ProblemException('conflict', 'the screening is closed');
      const open = await this.assessments.inProgress(manager, caseId);
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
      await this.assessments.start(
        manager,
        { assessmentId, caseId, catalogueVersion: catalogue.version, lists: lists.map((l) => l.id) },
        screening.person_is_child,
        advice,
        actor.userId,
        now,
      );
      return this.views.view(manager, caseId, assessmentId);
    });
  }
}

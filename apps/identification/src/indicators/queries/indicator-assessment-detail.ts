import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { requireRole } from '@nrm/service-kit';
import { DECIDING_ROLES } from '../../decisions/decision-rules';
import { ScreeningRepository } from '../../screening/screening.repository';
import { AssessmentViews } from '../assessment-views';
import type { AssessmentView } from '../assessment-views';

/** One indicator assessment of a case with its questions and answers, for the assigned authority. */
@Injectable()
export class IndicatorAssessmentDetail {
  constructor(
    private readonly dataSource: DataSource,
    private readonly screenings: ScreeningRepository,
    private readonly views: AssessmentViews,
  ) {}

  async execute(caseId: string, assessmentId: string, actor: Actor): Promise<AssessmentView> {
    requireRole(actor, ...DECIDING_ROLES);
    await this.screenings.assignedTo(this.dataSource.manager, caseId, actor);
    return this.views.view(this.dataSource.manager, caseId, assessmentId);
  }
}

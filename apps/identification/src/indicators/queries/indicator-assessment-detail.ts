import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { ScreeningRepository } from '../../screening/screening.repository';
import { AssessmentViews } from '../assessment-views';
import { Routes } from '@nrm/api-contracts';
import type { IndicatorAssessmentResponse } from '@nrm/api-contracts';

/** One indicator assessment of a case with its questions and answers, for the assigned authority. */
@Injectable()
export class IndicatorAssessmentDetail {
  constructor(
    private readonly dataSource: DataSource,
    private readonly screenings: ScreeningRepository,
    private readonly views: AssessmentViews,
  ) {}

  async execute(caseId: string, assessmentId: string, actor: Actor): Promise<IndicatorAssessmentResponse> {
    permit(actor, Routes.readIndicatorAssessment);
    await this.screenings.assignedTo(this.dataSource.manager, caseId, actor);
    return this.views.view(this.dataSource.manager, caseId, assessmentId);
  }
}

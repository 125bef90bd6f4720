import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { ScreeningRepository } from '../../screening/screening.repository';
import { summaryOf } from '../assessment-views';
import { IndicatorAssessmentRepository } from '../indicator-assessment.repository';
import { Routes } from '@nrm/api-contracts';
import type { IndicatorAssessmentPage } from '@nrm/api-contracts';

/** A case's indicator assessments, the latest first, for the authority it is assigned to. */
@Injectable()
export class IndicatorAssessmentList {
  constructor(
    private readonly dataSource: DataSource,
    private readonly screenings: ScreeningRepository,
    private readonly assessments: IndicatorAssessmentRepository,
  ) {}

  async execute(caseId: string, actor: Actor): Promise<IndicatorAssessmentPage> {
    permit(actor, Routes.listIndicatorAssessments);
    await this.screenings.assignedTo(this.dataSource.manager, caseId, actor);
    return { items: (await this.assessments.ofCase(this.dataSource, caseId)).map(summaryOf) };
  }
}

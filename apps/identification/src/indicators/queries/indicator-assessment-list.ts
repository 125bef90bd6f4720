import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { requireRole } from '@nrm/service-kit';
import { DECIDING_ROLES } from '../../decisions/decision-rules';
import { ScreeningRepository } from '../../screening/screening.repository';
import { summaryOf } from '../assessment-views';
import type { AssessmentSummary } from '../assessment-views';
import { IndicatorAssessmentRepository } from '../indicator-assessment.repository';

/** A case's indicator assessments, the latest first, for the authority it is assigned to. */
@Injectable()
export class IndicatorAssessmentList {
  constructor(
    private readonly dataSource: DataSource,
    private readonly screenings: ScreeningRepository,
    private readonly assessments: IndicatorAssessmentRepository,
  ) {}

  async execute(caseId: string, actor: Actor): Promise<{ items: AssessmentSummary[] }> {
    requireRole(actor, ...DECIDING_ROLES);
    await this.screenings.assignedTo(this.dataSource.manager, caseId, actor);
    return { items: (await this.assessments.ofCase(this.dataSource, caseId)).map(summaryOf) };
  }
}

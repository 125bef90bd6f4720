import { Injectable } from '@nestjs/common';
import type { ScreeningResponse } from '@nrm/api-contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { DeadlineRepository } from '../../deadlines/deadline.repository';
import { DecisionRepository } from '../../decisions/decision.repository';
import { IndicatorAssessmentRepository } from '../../indicators/indicator-assessment.repository';
import { ScreeningRepository } from '../screening.repository';
import { Routes } from '@nrm/api-contracts';

/**
 * A screening as an agency may see it: the referrer sees the outcome of its referral; the assigned
 * authority sees the screening, its pending reviews and its latest indicator advice. Decision reasons
 * stay sealed and are never listed.
 */
@Injectable()
export class ScreeningDetail {
  constructor(
    private readonly dataSource: DataSource,
    private readonly screenings: ScreeningRepository,
    private readonly decisions: DecisionRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly assessments: IndicatorAssessmentRepository,
  ) {}

  async execute(caseId: string, actor: Actor): Promise<ScreeningResponse> {
    permit(actor, Routes.readScreening);
    const s = await this.screenings.view(this.dataSource, caseId);
    if (!s || ![s.referring_agency_id, s.assigned_agency_id].includes(actor.agencyId)) {
      throw new ProblemException('notFound', 'no screening for this case');
    }
    const decisions = await this.decisions.ofCase(this.dataSource, caseId);
    const deadlines = await this.deadlines.ofCase(this.dataSource, caseId);
    const preliminary = deadlines.find((d) => d.kind === 'preliminary_decision');
    const assigned = s.assigned_agency_id === actor.agencyId;
    const assessment = assigned ? await this.assessments.latest(this.dataSource, caseId) : undefined;
    return {
      caseId,
      caseReference: s.case_reference,
      screeningId: s.screening_id,
      status: s.status,
      assignedAgencyId: s.assigned_agency_id,
      openedAt: s.opened_at.toISOString(),
      preliminaryDecisionDueOn: preliminary?.due_on ?? null,
      recoveryEndsOn: s.recovery_ends_on ?? null,
      decisions: decisions
        // A negative final decision is not an outcome until a second reviewer approves it.
        .filter((d) => d.review !== 'pending' || assigned)
        .map((d) => ({
          stage: d.stage,
          outcome: d.outcome,
          decidedAt: d.decided_at.toISOString(),
          reconsideration: d.reconsideration,
          review: d.review ?? null,
        })),
      deadlines: deadlines.map((d) => ({ kind: d.kind, dueOn: d.due_on, status: d.status })),
      ...(assigned
        ? {
            latestIndicatorAssessment: assessment
              ? {
                  assessmentId: assessment.assessment_id,
                  catalogueVersion: assessment.catalogue_version,
                  status: assessment.status,
                  outcome: assessment.outcome,
                  complete: assessment.complete,
                }
              : null,
          }
        : {}),
    };
  }
}

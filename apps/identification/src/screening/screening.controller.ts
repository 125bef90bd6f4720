import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  DecisionRequest,
  DecisionReviewRequest,
  PalermoTestRequest,
  ReconsiderationRequest,
  RecoveryExtensionRequest,
} from '@nrm/api-contracts';
import { CaseRoles } from '@nrm/contracts';
import type { Actor } from '@nrm/security';
import { CurrentActor, ProblemException, requireRole } from '@nrm/service-kit';
import { ScreeningDecisions } from '../decisions/screening-decisions';
import { ScreeningStatuses } from '../decisions/screening-lifecycle';

const CASE_ID = new ParseUUIDPipe({ version: '4' });

export interface ScreeningView {
  caseId: string;
  caseReference: string;
  screeningId: string;
  status: string;
  assignedAgencyId: string;
  openedAt: string;
  preliminaryDecisionDueOn: string | null;
  recoveryEndsOn: string | null;
  decisions: {
    stage: string;
    outcome: string;
    decidedAt: string;
    reconsideration: boolean;
    review: string | null;
  }[];
  deadlines: { kind: string; dueOn: string; status: string }[];
  /** The latest indicator assessment and its advice; for the assigned authority only. */
  latestIndicatorAssessment?: {
    assessmentId: string;
    catalogueVersion: string;
    status: string;
    outcome: string;
    complete: boolean;
  } | null;
}

/** Internal API; only the gateway calls it. Decision reasons stay sealed and are never listed. */
@Controller('internal/screenings')
export class ScreeningController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly decisions: ScreeningDecisions,
  ) {}

  /** The competent authority's queue, oldest first. */
  @Get()
  async queue(@CurrentActor() actor: Actor, @Query('status') status = 'open') {
    requireRole(actor, 'identification_officer', 'supervisor');
    if (!(ScreeningStatuses as readonly string[]).includes(status)) {
      throw new ProblemException('validation', 'the query is not valid', [
        { field: 'status', message: `status must be one of ${ScreeningStatuses.join(', ')}` },
      ]);
    }
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT s.case_id, s.case_reference, s.status, s.person_is_child, s.opened_at,
              (SELECT to_char(min(d.due_on), 'YYYY-MM-DD') FROM deadline d WHERE d.case_id = s.case_id AND d.status = 'pending'
                 AND d.kind <> 'recovery_period_end') AS next_due_on
         FROM screening s WHERE s.assigned_agency_id = $1 AND s.status = $2
        ORDER BY next_due_on NULLS LAST, s.opened_at LIMIT 500`,
      [actor.agencyId, status],
    );
    return {
      items: rows.map((r) => ({
        caseId: r['case_id'],
        caseReference: r['case_reference'],
        status: r['status'],
        personIsChild: r['person_is_child'],
        openedAt: (r['opened_at'] as Date).toISOString(),
        nextDueOn: r['next_due_on'],
      })),
    };
  }

  @Get(':caseId')
  async get(@Param('caseId', CASE_ID) caseId: string, @CurrentActor() actor: Actor): Promise<ScreeningView> {
    requireRole(actor, ...CaseRoles);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT screening_id, case_reference, status, referring_agency_id, assigned_agency_id, opened_at,
              to_char(recovery_ends_on, 'YYYY-MM-DD') AS recovery_ends_on
         FROM screening WHERE case_id = $1`,
      [caseId],
    );
    const s = rows[0];
    // The referrer sees the outcome of its referral; the assigned authority sees the screening.
    if (!s || ![s['referring_agency_id'], s['assigned_agency_id']].includes(actor.agencyId)) {
      throw new ProblemException('notFound', 'no screening for this case');
    }
    const decisions: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT stage, outcome, decided_at, reconsideration, review FROM decision WHERE case_id = $1 ORDER BY decided_at`,
      [caseId],
    );
    const deadlines: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT kind, to_char(due_on, 'YYYY-MM-DD') AS due_on, status FROM deadline WHERE case_id = $1 ORDER BY created_at`,
      [caseId],
    );
    const preliminary = deadlines.find((d) => d['kind'] === 'preliminary_decision');
    const assigned = s['assigned_agency_id'] === actor.agencyId;
    const [assessment]: Record<string, unknown>[] = assigned
      ? await this.dataSource.query(
          `SELECT assessment_id, catalogue_version, status, advice->>'outcome' AS outcome, (advice->>'complete')::boolean AS complete
             FROM indicator_assessment WHERE case_id = $1 ORDER BY started_at DESC LIMIT 1`,
          [caseId],
        )
      : [];
    return {
      caseId,
      caseReference: s['case_reference'] as string,
      screeningId: s['screening_id'] as string,
      status: s['status'] as string,
      assignedAgencyId: s['assigned_agency_id'] as string,
      openedAt: (s['opened_at'] as Date).toISOString(),
      preliminaryDecisionDueOn: (preliminary?.['due_on'] as string | undefined) ?? null,
      recoveryEndsOn: (s['recovery_ends_on'] as string | null) ?? null,
      decisions: decisions
        // A negative final decision is not an outcome until a second reviewer approves it.
        .filter((d) => d['review'] !== 'pending' || assigned)
        .map((d) => ({
          stage: d['stage'] as string,
          outcome: d['outcome'] as string,
          decidedAt: (d['decided_at'] as Date).toISOString(),
          reconsideration: d['reconsideration'] as boolean,
          review: (d['review'] as string | null) ?? null,
        })),
      deadlines: deadlines.map((d) => ({
        kind: d['kind'] as string,
        dueOn: d['due_on'] as string,
        status: d['status'] as string,
      })),
      ...(assigned
        ? {
            latestIndicatorAssessment: assessment
              ? {
                  assessmentId: assessment['assessment_id'] as string,
                  catalogueVersion: assessment['catalogue_version'] as string,
                  status: assessment['status'] as string,
                  outcome: assessment['outcome'] as string,
                  complete: assessment['complete'] as boolean,
                }
              : null,
          }
        : {}),
    };
  }

  @Post(':caseId/preliminary-decision')
  @HttpCode(201)
  preliminary(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: DecisionRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.decisions.preliminary(caseId, body, actor);
  }

  @Post(':caseId/recovery-period/extensions')
  @HttpCode(201)
  extend(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: RecoveryExtensionRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.decisions.extendRecovery(caseId, body, actor);
  }

  @Post(':caseId/final-decision')
  @HttpCode(201)
  final(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: DecisionRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.decisions.final(caseId, body, actor);
  }

  @Post(':caseId/final-decision/review')
  @HttpCode(201)
  review(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: DecisionReviewRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.decisions.review(caseId, body, actor);
  }

  @Post(':caseId/reconsideration')
  @HttpCode(201)
  reconsider(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: ReconsiderationRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.decisions.reconsider(caseId, body, actor);
  }

  @Post(':caseId/palermo-test')
  @HttpCode(201)
  palermo(
    @Param('caseId', CASE_ID) caseId: string,
    @Body() body: PalermoTestRequest,
    @CurrentActor() actor: Actor,
  ) {
    return this.decisions.recordPalermoTest(caseId, body, actor);
  }
}

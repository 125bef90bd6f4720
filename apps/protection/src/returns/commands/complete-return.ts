import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReturnCompletionRequest, ReturnCompletedResponse } from '@nrm/api-contracts';
import { LocalDate } from '@nrm/calendar';
import { ReturnCompleted } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { SERVICE_CONFIG } from '@nrm/service-kit';
import { CaseRepository } from '../../cases/case.repository';
import { ProtectionRuleRefused, requireOpen } from '../../cases/case-rules';
import { ProtectionAccess } from '../../cases/protection-access';
import { asProblem } from '../../cases/refusals';
import { FollowUpRepository } from '../../follow-ups/follow-up.repository';
import type { ProtectionConfig } from '../../protection.config';
import { PlacementRepository } from '../../shelters/placement.repository';
import { ReturnPlanRepository } from '../return-plan.repository';
import { completeReturn } from '../return-rules';
import { Routes } from '@nrm/api-contracts';

/** The person has returned: the plan completes and the follow-ups after a return are scheduled. */
@Injectable()
export class CompleteReturn {
  constructor(
    private readonly access: ProtectionAccess,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly cases: CaseRepository,
    private readonly placements: PlacementRepository,
    private readonly returns: ReturnPlanRepository,
    private readonly followUps: FollowUpRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ProtectionConfig,
  ) {}

  async execute(
    caseId: string,
    request: ReturnCompletionRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<ReturnCompletedResponse> {
    await this.access.requireCaseManager(this.dataSource.manager, caseId, actor, Routes.completeReturn);
    const returnedOn = LocalDate.parse(request.returnedOn);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await this.cases.lock(manager, caseId);
        requireOpen(row.status);
        const current = await this.returns.lockLive(manager, caseId);
        const followUps = completeReturn(
          { current: current?.status, activePlacements: await this.placements.countActive(manager, caseId) },
          returnedOn,
          LocalDate.of(now, this.config.JURISDICTION_TIME_ZONE),
        );
        if (!current) throw new ProtectionRuleRefused('there is no planned return to complete');
        await this.returns.complete(manager, current.return_id, returnedOn.toString(), now);
        for (const [index, dueOn] of followUps.entries()) {
          await this.followUps.insertReturnFollowUp(manager, caseId, {
            sequence: index + 1,
            dueOn: dueOn.toString(),
            returnedOn: returnedOn.toString(),
            recipientAgencyId: current.follow_up_agency_id,
          });
        }
        await this.outbox.append(manager, ReturnCompleted, {
          subject: caseId,
          time: now,
          data: {
            caseId,
            caseReference: row.case_reference,
            destinationCountry: current.destination_country,
            riskLevel: current.risk_level,
            followUpAgencyId: current.follow_up_agency_id,
            plannedOn: current.planned_on,
            returnedOn: returnedOn.toString(),
            followUpsDueOn: followUps.map(String),
          },
        });
        return { status: 'completed' as const, followUpsDueOn: followUps.map(String) };
      }),
    );
  }
}

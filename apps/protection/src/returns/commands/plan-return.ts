import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReturnPlanRequest, ReturnPlannedResponse } from '@nrm/api-contracts';
import { LocalDate } from '@nrm/calendar';
import { ReturnPlanned } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { DataKeyring } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import { CaseRepository } from '../../cases/case.repository';
import { requireOpen } from '../../cases/case-rules';
import { ProtectionAccess } from '../../cases/protection-access';
import { asProblem } from '../../cases/refusals';
import { ProviderRepository } from '../../providers/provider.repository';
import { ReturnPlanRepository } from '../return-plan.repository';
import { planReturn, returnNeedsSupervisor } from '../return-rules';
import { Routes } from '@nrm/api-contracts';

/** Plans a voluntary return with the person's consent, a risk assessment and the agency that follows up. */
@Injectable()
export class PlanReturn {
  constructor(
    private readonly access: ProtectionAccess,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
    private readonly cases: CaseRepository,
    private readonly providers: ProviderRepository,
    private readonly returns: ReturnPlanRepository,
  ) {}

  async execute(
    caseId: string,
    request: ReturnPlanRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<ReturnPlannedResponse> {
    await this.access.requireCaseManager(this.dataSource.manager, caseId, actor, Routes.planReturn);
    const plannedOn = LocalDate.parse(request.plannedOn);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await this.cases.lock(manager, caseId);
        requireOpen(row.status);
        if (returnNeedsSupervisor(request.riskLevel, row.person_is_child) && actor.role !== 'supervisor') {
          throw new ProblemException(
            'forbidden',
            "a high-risk return, or a child's, is planned by a supervisor",
          );
        }
        if (!(await this.providers.exists(manager, request.followUpAgencyId))) {
          throw new ProblemException('validation', `there is no provider ${request.followUpAgencyId}`, [
            { field: 'followUpAgencyId', message: 'not a known service provider' },
          ]);
        }
        const current = await this.returns.lockLive(manager, caseId);
        planReturn({ current: current?.status, consentToReturn: request.consentToReturn });
        const returnId = randomUUID();
        const sealer = await this.keyring.sealerFor(manager, caseId);
        await this.returns.insert(manager, {
          return_id: returnId,
          case_id: caseId,
          status: 'planned',
          destination_country: request.destinationCountry,
          risk_level: request.riskLevel,
          risk_note_sealed: request.riskNote ? sealer.seal(request.riskNote) : null,
          travel_documents_ready: request.travelDocumentsReady,
          receiving_organisation_sealed: sealer.seal(request.receivingOrganisation),
          follow_up_agency_id: request.followUpAgencyId,
          planned_on: plannedOn.toString(),
          planned_by: actor.userId,
          planned_at: now,
        });
        await this.outbox.append(manager, ReturnPlanned, {
          subject: caseId,
          time: now,
          data: {
            caseId,
            caseReference: row.case_reference,
            destinationCountry: request.destinationCountry,
            riskLevel: request.riskLevel,
            followUpAgencyId: request.followUpAgencyId,
            plannedOn: plannedOn.toString(),
          },
        });
        return { returnId, status: 'planned' as const };
      }),
    );
  }
}

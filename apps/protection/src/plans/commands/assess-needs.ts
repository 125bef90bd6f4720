import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NeedsAssessmentRequest, NeedsPlanResponse } from '@nrm/api-contracts';
import { LocalDate } from '@nrm/calendar';
import { NeedsAssessed } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { DataKeyring } from '@nrm/security';
import { SERVICE_CONFIG } from '@nrm/service-kit';
import { CaseRepository } from '../../cases/case.repository';
import { requireOpen } from '../../cases/case-rules';
import { ProtectionAccess } from '../../cases/protection-access';
import { asProblem } from '../../cases/refusals';
import type { ProtectionConfig } from '../../protection.config';
import { NeedRepository } from '../need.repository';
import { planNeeds } from '../plan-rules';
import { Routes } from '@nrm/api-contracts';

/** Records a needs assessment as the case's service plan: one line per need, each with its due date. */
@Injectable()
export class AssessNeeds {
  constructor(
    private readonly access: ProtectionAccess,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
    private readonly cases: CaseRepository,
    private readonly needs: NeedRepository,
    @Inject(SERVICE_CONFIG) private readonly config: ProtectionConfig,
  ) {}

  async execute(
    caseId: string,
    request: NeedsAssessmentRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<NeedsPlanResponse> {
    await this.access.requireCaseManager(this.dataSource.manager, caseId, actor, Routes.assessNeeds);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await this.cases.lock(manager, caseId);
        requireOpen(row.status);
        const plan = planNeeds(request.needs, LocalDate.of(now, this.config.JURISDICTION_TIME_ZONE));
        const notes = new Map(request.needs.map((n) => [n.needType, n.note]));
        // The assessment is the plan as it now stands: needs no longer named are withdrawn.
        await this.needs.withdrawOpen(
          manager,
          caseId,
          plan.map((n) => n.needType),
        );
        for (const need of plan) {
          const note = notes.get(need.needType);
          await this.needs.upsertOpen(manager, caseId, need, {
            noteSealed: note ? (await this.keyring.sealerFor(manager, caseId)).seal(note) : null,
            by: actor.userId,
            at: now,
          });
        }
        await this.outbox.append(manager, NeedsAssessed, {
          subject: caseId,
          time: now,
          data: { caseId, needs: plan, assessedAt: now.toISOString() },
        });
        return { caseId, needs: plan };
      }),
    );
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LocalDate } from '@nrm/calendar';
import { NeedsAssessed } from '@nrm/contracts';
import type { NeedsAssessmentRequest } from '@nrm/api-contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { DataKeyring } from '@nrm/security';
import { SERVICE_CONFIG } from '@nrm/service-kit';
import type { ProtectionConfig } from '../protection.config';
import { requireOpen } from '../cases/case-rules';
import { asProblem, lockCase } from '../cases/case-store';
import { planNeeds } from './plan-rules';
import type { PlannedNeed } from './plan-rules';
import { ProtectionAccess } from '../cases/protection-access';

/** Records a needs assessment as the case's service plan: one line per need, each with its due date. */
@Injectable()
export class NeedsAssessments {
  constructor(
    private readonly access: ProtectionAccess,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
    @Inject(SERVICE_CONFIG) private readonly config: ProtectionConfig,
  ) {}

  async assess(
    caseId: string,
    request: NeedsAssessmentRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<{ caseId: string; needs: PlannedNeed[] }> {
    await this.access.requireCaseManager(this.dataSource.manager, caseId, actor);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await lockCase(manager, caseId);
        requireOpen(row.status);
        const plan = planNeeds(request.needs, LocalDate.of(now, this.config.JURISDICTION_TIME_ZONE));
        const notes = new Map(request.needs.map((n) => [n.needType, n.note]));
        // The assessment is the plan as it now stands: needs no longer named are withdrawn.
        await manager.query(
          `UPDATE need SET status = 'withdrawn' WHERE case_id = $1 AND status = 'open' AND NOT (need_type = ANY ($2::text[]))`,
          [caseId, plan.map((n) => n.needType)],
        );
        for (const need of plan) {
          const note = notes.get(need.needType);
          await manager.query(
            `INSERT INTO need (case_id, need_type, priority, due_on, status, note_sealed, assessed_by, assessed_at)
             VALUES ($1, $2, $3, $4, 'open', $5, $6, $7)
             ON CONFLICT (case_id, need_type) DO UPDATE SET priority = $3, due_on = $4, status = 'open',
               note_sealed = coalesce($5, need.note_sealed), assessed_by = $6, assessed_at = $7`,
            [
              caseId,
              need.needType,
              need.priority,
              need.dueOn,
              note ? (await this.keyring.sealerFor(manager, caseId)).seal(note) : null,
              actor.userId,
              now,
            ],
          );
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

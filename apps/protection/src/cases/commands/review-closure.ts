import type { ProtectionCaseStatusResponse } from '@nrm/api-contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProtectionCaseClosed } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import type { Actor } from '@nrm/security';
import { FollowUpRepository } from '../../follow-ups/follow-up.repository';
import { NeedRepository } from '../../plans/need.repository';
import { ReferralStops } from '../../services/referral-stops';
import { CaseRepository } from '../case.repository';
import { reviewClosure } from '../case-rules';
import { ProtectionAccess } from '../protection-access';
import { asProblem } from '../refusals';
import { Routes } from '@nrm/api-contracts';

/**
 * A supervisor other than who asked approves a closure (the plan withdrawn, referrals stopped,
 * residence reminders cancelled) or rejects it (the case open again).
 */
@Injectable()
export class ReviewClosure {
  constructor(
    private readonly access: ProtectionAccess,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly cases: CaseRepository,
    private readonly needs: NeedRepository,
    private readonly referralStops: ReferralStops,
    private readonly followUps: FollowUpRepository,
  ) {}

  async execute(
    caseId: string,
    approve: boolean,
    actor: Actor,
    now = new Date(),
  ): Promise<ProtectionCaseStatusResponse> {
    await this.access.requireCaseManager(this.dataSource.manager, caseId, actor, Routes.reviewClosure);
    return asProblem(() =>
      this.dataSource.transaction(async (manager) => {
        const row = await this.cases.lock(manager, caseId);
        const status = reviewClosure(
          { status: row.status, closureRequestedBy: row.closure_requested_by },
          actor.userId,
          approve,
        );
        if (status === 'open') {
          await this.cases.reopen(manager, caseId, now);
          return { status };
        }
        const reason = await this.cases.close(manager, caseId, now);
        await this.needs.withdrawOpen(manager, caseId);
        await this.referralStops.stopOpen(manager, caseId, now);
        // Residence reminders end with the case; follow-ups after a return go on.
        await this.followUps.cancelResidenceReminders(manager, caseId, now);
        await this.outbox.append(manager, ProtectionCaseClosed, {
          subject: caseId,
          time: now,
          data: { caseId, caseReference: row.case_reference, reason, closedAt: now.toISOString() },
        });
        return { status };
      }),
    );
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { WithdrawReferralRequest } from '@nrm/api-contracts';
import { ReferralWithdrawn } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { DataKeyring } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { permit } from '@nrm/service-kit';
import { ReferralAccess } from '../referral-access';
import { ReferralRepository } from '../referral.repository';
import { Routes } from '@nrm/api-contracts';

/** The referring agency withdraws its referral with a reason; the reason stays sealed in intake. */
@Injectable()
export class WithdrawReferral {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
    private readonly access: ReferralAccess,
    private readonly referrals: ReferralRepository,
  ) {}

  async execute(
    caseId: string,
    request: WithdrawReferralRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<void> {
    permit(actor, Routes.withdrawReferral);
    await this.dataSource.transaction(async (manager) => {
      await this.access.lockForChange(manager, caseId, actor, { referrerOnly: true });
      await this.referrals.update(manager, caseId, {
        status: 'withdrawn',
        withdrawn_at: now,
        withdrawn_by_user: actor.userId,
        withdrawal_reason_sealed: (await this.keyring.sealerFor(manager, caseId)).seal(request.reason),
        updated_at: now,
      });
      await this.outbox.append(manager, ReferralWithdrawn, {
        subject: caseId,
        time: now,
        data: { caseId, withdrawnByAgencyId: actor.agencyId, withdrawnAt: now.toISOString() },
      });
    });
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { WithdrawReferralRequest } from '@nrm/api-contracts';
import { ReferralWithdrawn } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { DataKeyring } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { requireRole } from '@nrm/service-kit';
import { ReferralAccess } from './referral-access';
import { ReferralRecord } from './referral.entity';

/** The referring agency withdraws its referral with a reason; the reason stays sealed in intake. */
@Injectable()
export class WithdrawReferral {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
    private readonly access: ReferralAccess,
  ) {}

  async execute(
    caseId: string,
    request: WithdrawReferralRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<void> {
    requireRole(actor, 'first_responder');
    await this.dataSource.transaction(async (manager) => {
      const record = await this.access.lockForChange(manager, caseId, actor, { referrerOnly: true });
      record.status = 'withdrawn';
      record.withdrawnAt = now;
      record.withdrawnByUser = actor.userId;
      record.withdrawalReasonSealed = (await this.keyring.sealerFor(manager, caseId)).seal(request.reason);
      record.updatedAt = now;
      await manager.save(ReferralRecord, record);
      await this.outbox.append(manager, ReferralWithdrawn, {
        subject: caseId,
        time: now,
        data: { caseId, withdrawnByAgencyId: actor.agencyId, withdrawnAt: now.toISOString() },
      });
    });
  }
}

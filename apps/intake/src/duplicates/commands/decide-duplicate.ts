import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DuplicateDecisionRequest } from '@nrm/api-contracts';
import { DuplicateConfirmed, DuplicateRejected } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { DataKeyring } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { ReferralAccess } from '../../referrals/referral-access';
import { DuplicateLinkRepository } from '../duplicate-link.repository';
import { Routes } from '@nrm/api-contracts';

/** A supervisor confirms or rejects a suspected duplicate; the referrals stay separate either way. */
@Injectable()
export class DecideDuplicate {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
    private readonly access: ReferralAccess,
    private readonly links: DuplicateLinkRepository,
  ) {}

  async execute(
    linkId: string,
    request: DuplicateDecisionRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<void> {
    permit(actor, Routes.decideDuplicate);
    await this.access.requireCompetentAuthority(actor);
    await this.dataSource.transaction(async (manager) => {
      const link = await this.links.lock(manager, linkId);
      if (!link) throw new ProblemException('notFound', 'no such duplicate link');
      if (link.status !== 'suspected')
        throw new ProblemException('conflict', `the link was already ${link.status}`);
      await this.links.decide(manager, linkId, {
        status: request.decision,
        userId: actor.userId,
        agencyId: actor.agencyId,
        at: now,
        reasonSealed: (await this.keyring.sealerFor(manager, link.case_id)).seal(request.reason),
      });
      await this.links.recordLabel(manager, linkId, {
        label: request.decision === 'confirmed' ? 'same' : 'different',
        agencyId: actor.agencyId,
        at: now,
      });
      const event = request.decision === 'confirmed' ? DuplicateConfirmed : DuplicateRejected;
      await this.outbox.append(manager, event, {
        subject: link.case_id,
        time: now,
        data: {
          linkId,
          caseId: link.case_id,
          otherCaseId: link.other_case_id,
          decidedByAgencyId: actor.agencyId,
          decidedAt: now.toISOString(),
        },
      });
    });
  }
}

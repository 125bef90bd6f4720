import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReferralStatusPage } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { ownReferralsPage } from '../own-referrals-rules';
import { ReferralViews } from '../referral-views';
import { ReferralRepository } from '../referral.repository';
import { Routes } from '@nrm/api-contracts';

/** The referring agency's own referrals, newest first. */
@Injectable()
export class OwnReferrals {
  constructor(
    private readonly dataSource: DataSource,
    private readonly referrals: ReferralRepository,
    private readonly views: ReferralViews,
  ) {}

  async execute(actor: Actor, query: { limit?: string; before?: string }): Promise<ReferralStatusPage> {
    permit(actor, Routes.listOwnReferrals);
    const { page, problems } = ownReferralsPage(query.limit, query.before);
    if (problems.length) throw new ProblemException('validation', 'the query is not valid', problems);
    return this.dataSource.transaction(async (manager) => {
      const records = await this.referrals.ofAgency(manager, actor.agencyId, page);
      return { items: await this.views.statuses(manager, records) };
    });
  }
}

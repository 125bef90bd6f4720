import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReferralStatusResponse } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { ReferralAccess } from '../referral-access';
import { ReferralViews } from '../referral-views';

/** A referral's status and facts, for an agency that may see the case. */
@Injectable()
export class ReferralStatus {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ReferralAccess,
    private readonly views: ReferralViews,
  ) {}

  execute(caseId: string, actor: Actor): Promise<ReferralStatusResponse> {
    return this.dataSource.transaction(async (manager) =>
      this.views.status(manager, await this.access.findFor(manager, caseId, actor)),
    );
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReferralVersionPage } from '@nrm/api-contracts';
import type { Actor } from '@nrm/security';
import { ReferralAccess } from '../referral-access';
import { ReferralRepository } from '../referral.repository';

/** Who changed what and when; the values and reasons stay sealed. */
@Injectable()
export class ReferralVersions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ReferralAccess,
    private readonly referrals: ReferralRepository,
  ) {}

  async execute(caseId: string, actor: Actor): Promise<ReferralVersionPage> {
    await this.access.findFor(this.dataSource.manager, caseId, actor);
    const rows = await this.referrals.versions(this.dataSource, caseId);
    return {
      items: rows.map((r) => ({
        version: r.version,
        changedByAgencyId: r.changed_by_agency,
        changedAt: r.changed_at.toISOString(),
        changedSections: r.changed_sections,
      })),
    };
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DisclosureOverrideRequest, DisclosureOverrideResponse } from '@nrm/api-contracts';
import { DataKeyring } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { ReferralAccess } from '../../referrals/referral-access';
import { ReferralRepository } from '../../referrals/referral.repository';
import { DisclosureOverrideRepository } from '../disclosure-override.repository';
import { Routes } from '@nrm/api-contracts';

/**
 * A supervisor of the competent authority lets one agency see a person's details although the
 * person's consent does not cover it, for a reason that is sealed with the case and kept; the
 * request itself is in the audit log. The agency still needs its own tie to the case to read them.
 */
@Injectable()
export class OverrideDisclosure {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keyring: DataKeyring,
    private readonly access: ReferralAccess,
    private readonly referrals: ReferralRepository,
    private readonly overrides: DisclosureOverrideRepository,
  ) {}

  async execute(
    caseId: string,
    request: DisclosureOverrideRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<DisclosureOverrideResponse> {
    permit(actor, Routes.overrideDisclosure);
    await this.access.requireCompetentAuthority(actor);
    if (!(await this.access.agencyTypeOf(request.agencyId))) {
      throw new ProblemException('validation', 'no such agency', [
        { field: 'agencyId', message: 'must be an agency of the directory' },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      const record = await this.referrals.lock(manager, caseId);
      if (!record) throw new ProblemException('notFound', 'no such case');
      if (record.personal_data_erased_at) {
        throw new ProblemException('gone', 'the personal data of this case has been erased');
      }
      const overrideId = randomUUID();
      await this.overrides.insert(manager, {
        override_id: overrideId,
        case_id: caseId,
        agency_id: request.agencyId,
        reason_sealed: (await this.keyring.sealerFor(manager, caseId)).seal(request.reason),
        granted_by_user: actor.userId,
        granted_by_agency: actor.agencyId,
        granted_at: now,
      });
      return { overrideId, caseId, agencyId: request.agencyId, grantedAt: now.toISOString() };
    });
  }
}

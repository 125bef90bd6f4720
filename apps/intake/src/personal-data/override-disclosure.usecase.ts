import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DisclosureOverrideRequest, DisclosureOverrideResponse } from '@nrm/api-contracts';
import { DataKeyring } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { ProblemException, requireRole } from '@nrm/service-kit';
import { ReferralAccess } from '../referrals/referral-access';

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
  ) {}

  async execute(
    caseId: string,
    request: DisclosureOverrideRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<DisclosureOverrideResponse> {
    requireRole(actor, 'supervisor');
    await this.access.requireCompetentAuthority(actor);
    if (!(await this.access.agencyTypeOf(request.agencyId))) {
      throw new ProblemException('validation', 'no such agency', [
        { field: 'agencyId', message: 'must be an agency of the directory' },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      const record = await this.access.lock(manager, caseId);
      if (!record) throw new ProblemException('notFound', 'no such case');
      if (record.personalDataErasedAt) {
        throw new ProblemException('gone', 'the personal data of this case has been erased');
      }
      const overrideId = randomUUID();
      await manager.query(
        `INSERT INTO disclosure_override (override_id, case_id, agency_id, reason_sealed, granted_by_user,
           granted_by_agency, granted_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          overrideId,
          caseId,
          request.agencyId,
          (await this.keyring.sealerFor(manager, caseId)).seal(request.reason),
          actor.userId,
          actor.agencyId,
          now,
        ],
      );
      return { overrideId, caseId, agencyId: request.agencyId, grantedAt: now.toISOString() };
    });
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AgencyType } from '@nrm/contracts';
import { CaseRepository } from '../../cases/case.repository';
import { disclosureStillAllowed } from '../disclosure-rules';
import { ReferralStops } from '../referral-stops';

/**
 * Consent to share data changed: referrals made on consent to providers it no longer covers stop,
 * and each provider hears it must stop using the person's data.
 */
@Injectable()
export class ApplySharingConsent {
  constructor(
    private readonly cases: CaseRepository,
    private readonly stops: ReferralStops,
  ) {}

  async execute(manager: EntityManager, caseId: string, sharingAgencyTypes: AgencyType[], now: Date) {
    if (!(await this.cases.setSharing(manager, caseId, sharingAgencyTypes))) return;
    await this.stops.stopOpen(
      manager,
      caseId,
      now,
      (r) => !disclosureStillAllowed(r.disclosure_basis, r.provider_type, sharingAgencyTypes),
    );
  }
}

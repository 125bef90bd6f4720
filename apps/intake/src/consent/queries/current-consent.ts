import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { ReferralAccess } from '../../referrals/referral-access';
import { ConsentRepository } from '../consent.repository';
import type { ConsentState } from '../consent.repository';

/** The consent in force for each purpose of a case, for an agency that may see the case. */
@Injectable()
export class CurrentConsent {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ReferralAccess,
    private readonly consents: ConsentRepository,
  ) {}

  async execute(caseId: string, actor: Actor): Promise<ConsentState[]> {
    await this.access.findFor(this.dataSource.manager, caseId, actor);
    return this.consents.current(this.dataSource.manager, caseId);
  }
}

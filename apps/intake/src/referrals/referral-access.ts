import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

import type { Actor } from '@nrm/security';
import { CaseInvolvement } from '@nrm/case-involvement';
import { AgencyTypes, ProblemException } from '@nrm/service-kit';
import { ReferralRepository } from './referral.repository';
import type { ReferralRow } from './referral.repository';
import { Routes, permits } from '@nrm/api-contracts';

/** Roles of the competent authority that see every referral, when their agency is the authority. */
export const AUTHORITY_ROLES = ['identification_officer', 'supervisor'] as const;

/**
 * Who may see or change a referral: the agencies involved in the case, while they are. The referring
 * agency, the competent authority (its identification officers and supervisors, by the agency
 * directory, not by role alone), and the providers, shelters and investigations the case was referred
 * to (learnt from the events, `CaseInvolvement`); analysts and administrators never. A case outside
 * one's reach answers exactly like a missing one, so case ids cannot be probed.
 */
@Injectable()
export class ReferralAccess {
  private readonly agencies: AgencyTypes;

  constructor(
    dataSource: DataSource,
    private readonly involvement: CaseInvolvement,
    private readonly referrals: ReferralRepository,
  ) {
    this.agencies = new AgencyTypes(dataSource);
  }

  /** An identification officer or supervisor of an agency of type competent_authority. */
  async isCompetentAuthority(actor: Actor): Promise<boolean> {
    return (
      (AUTHORITY_ROLES as readonly string[]).includes(actor.role) &&
      (await this.agencies.typeOf(actor.agencyId)) === 'competent_authority'
    );
  }

  /** The type of an agency, by the agency directory. */
  agencyTypeOf(agencyId: string): Promise<string | undefined> {
    return this.agencies.typeOf(agencyId);
  }

  /** Refuses (403) anyone but the competent authority, for its national queues. */
  async requireCompetentAuthority(actor: Actor): Promise<void> {
    if (!(await this.isCompetentAuthority(actor))) {
      throw new ProblemException('forbidden', 'only the competent authority may do this');
    }
  }

  async canSee(manager: EntityManager, record: ReferralRow, actor: Actor): Promise<boolean> {
    // The readers of a referral, as the route table names them (its status, versions, consents, the case).
    if (!permits(actor.role, Routes.referralStatus)) return false;
    if (record.referring_agency_id === actor.agencyId || (await this.isCompetentAuthority(actor)))
      return true;
    return (await this.involvement.of(manager, record.case_id, actor.agencyId)).length > 0;
  }

  /** The referral when the actor may see it; otherwise answered as if there were none. */
  async findFor(manager: EntityManager, caseId: string, actor: Actor): Promise<ReferralRow> {
    const record = await this.referrals.find(manager, caseId);
    if (!record || !(await this.canSee(manager, record, actor)))
      throw new ProblemException('notFound', 'no such case');
    return record;
  }

  /**
   * Who records a person's consent besides the referrer's first responders: the referring agency,
   * the competent authority, the protection agency that leads the case, and a provider or shelter the
   * person was referred to (the person often gives or withdraws it to them). Never an investigation: it may not widen its own access.
   */
  async mayRecordConsent(manager: EntityManager, record: ReferralRow, actor: Actor): Promise<boolean> {
    if (record.referring_agency_id === actor.agencyId || (await this.isCompetentAuthority(actor)))
      return true;
    const bases = await this.involvement.of(manager, record.case_id, actor.agencyId);
    return bases.some((b) => b !== 'investigation');
  }

  /** Locks the referral for a change; `referrerOnly` limits it to the referring agency. */
  async lockForChange(
    manager: EntityManager,
    caseId: string,
    actor: Actor,
    { referrerOnly }: { referrerOnly: boolean },
  ): Promise<ReferralRow> {
    const record = await this.referrals.lock(manager, caseId);
    if (!record || !(await this.canSee(manager, record, actor)))
      throw new ProblemException('notFound', 'no such case');
    if (referrerOnly && record.referring_agency_id !== actor.agencyId) {
      throw new ProblemException('forbidden', 'only the referring agency may do this');
    }
    if (record.personal_data_erased_at)
      throw new ProblemException('gone', 'the personal data of this case has been erased');
    if (record.status === 'withdrawn')
      throw new ProblemException('conflict', 'the referral has been withdrawn');
    return record;
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ErasePersonalDataRequest, PersonalDataErasureResponse } from '@nrm/api-contracts';
import { PersonalDataErased } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { DataKeyring } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import { DuplicateLinkRepository } from '../../duplicates/duplicate-link.repository';
import { PersonFingerprintRepository } from '../../duplicates/person-fingerprint.repository';
import { erasureViolations } from '../erasure-rules';
import { ReferralAccess } from '../referral-access';
import { ReferralRepository } from '../referral.repository';
import { Routes } from '@nrm/api-contracts';

/**
 * A supervisor of the competent authority erases a case's personal data: intake destroys its data key
 * for the case (every sealed field of the referral, its versions and consent records becomes
 * unreadable) and deletes the keyed fingerprints that matched the person, and every other service
 * destroys its own key on the event. The case id, statuses, dates, codes and the pseudonymous
 * statistics remain, as do the audit logs.
 */
@Injectable()
export class ErasePersonalData {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly keyring: DataKeyring,
    private readonly access: ReferralAccess,
    private readonly referrals: ReferralRepository,
    private readonly fingerprints: PersonFingerprintRepository,
    private readonly links: DuplicateLinkRepository,
  ) {}

  async execute(
    caseId: string,
    request: ErasePersonalDataRequest,
    actor: Actor,
    now = new Date(),
    crossBorder = false,
  ): Promise<PersonalDataErasureResponse> {
    // A partner state's notice to stop processing, passed on by the exchange, for a case it referred.
    if (!crossBorder) {
      permit(actor, Routes.erasePersonalData);
      await this.access.requireCompetentAuthority(actor);
    }
    const violations = erasureViolations(request);
    if (violations.length > 0) {
      throw new ProblemException('validation', 'the erasure cannot be carried out as asked', violations);
    }
    return this.dataSource.transaction(async (manager) => {
      const record = await this.referrals.lock(manager, caseId);
      // A partner's notice reaches only a case that partner referred (the exchange registered it as it).
      const partnersCase = record?.channel === 'cross_border' && record.referring_user_id === actor.userId;
      if (!record || (crossBorder && !partnersCase)) throw new ProblemException('notFound', 'no such case');
      if (record.personal_data_erased_at && crossBorder)
        return {
          caseId,
          legalBasis: record.erasure_legal_basis ?? request.legalBasis,
          erasedAt: record.personal_data_erased_at.toISOString(),
        };
      if (record.personal_data_erased_at) {
        throw new ProblemException('conflict', 'the personal data of this case was already erased');
      }
      await this.keyring.shred(manager, caseId);
      await this.fingerprints.deleteOf(manager, caseId);
      await this.links.forgetPersonOf(manager, caseId);
      await this.referrals.update(manager, caseId, {
        personal_data_erased_at: now,
        erased_by_user: actor.userId,
        erased_by_agency: actor.agencyId,
        erasure_legal_basis: request.legalBasis,
        erasure_reference: request.authorityReference ?? null,
      });
      await this.outbox.append(manager, PersonalDataErased, {
        subject: caseId,
        time: now,
        data: {
          caseId,
          legalBasis: request.legalBasis,
          erasedByAgencyId: actor.agencyId,
          erasedAt: now.toISOString(),
        },
      });
      return { caseId, legalBasis: request.legalBasis, erasedAt: now.toISOString() };
    });
  }
}

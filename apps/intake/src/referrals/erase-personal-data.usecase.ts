import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ErasePersonalDataRequest, PersonalDataErasureResponse } from '@nrm/api-contracts';
import { PersonalDataErased } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { DataKeyring } from '@nrm/security';
import type { Actor } from '@nrm/security';
import { ProblemException, requireRole } from '@nrm/service-kit';
import { erasureViolations } from './erasure-rules';
import { ReferralAccess } from './referral-access';

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
  ) {}

  async execute(
    caseId: string,
    request: ErasePersonalDataRequest,
    actor: Actor,
    now = new Date(),
  ): Promise<PersonalDataErasureResponse> {
    requireRole(actor, 'supervisor');
    await this.access.requireCompetentAuthority(actor);
    const violations = erasureViolations(request);
    if (violations.length > 0) {
      throw new ProblemException('validation', 'the erasure cannot be carried out as asked', violations);
    }
    return this.dataSource.transaction(async (manager) => {
      const record = await this.access.lock(manager, caseId);
      if (!record) throw new ProblemException('notFound', 'no such case');
      if (record.personalDataErasedAt) {
        throw new ProblemException('conflict', 'the personal data of this case was already erased');
      }
      await this.keyring.shred(manager, caseId);
      await manager.query(`DELETE FROM person_fingerprint WHERE case_id = $1`, [caseId]);
      // Suspected matches rested on the fingerprints just deleted; a decided link keeps its decision,
      // but not a reason sealed under the other case's key that may speak of this person.
      await manager.query(
        `DELETE FROM duplicate_link WHERE status = 'suspected' AND (case_id = $1 OR other_case_id = $1)`,
        [caseId],
      );
      await manager.query(
        `UPDATE duplicate_link SET decision_reason_sealed = NULL WHERE other_case_id = $1`,
        [caseId],
      );
      await manager.query(
        `UPDATE referral SET personal_data_erased_at = $2, erased_by_user = $3, erased_by_agency = $4,
           erasure_legal_basis = $5, erasure_reference = $6 WHERE case_id = $1`,
        [caseId, now, actor.userId, actor.agencyId, request.legalBasis, request.authorityReference ?? null],
      );
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

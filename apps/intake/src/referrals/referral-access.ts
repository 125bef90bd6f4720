import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import { ReferralRecord } from './referral.entity';

/** Roles of the competent authority, who see every referral. */
export const AUTHORITY_ROLES = ['identification_officer', 'supervisor'] as const;

/**
 * Who may see or change a referral. The referring agency and the competent authority see it; a case
 * outside one's reach answers exactly like a missing one, so case ids cannot be probed.
 */
@Injectable()
export class ReferralAccess {
  canSee(record: ReferralRecord, actor: Actor): boolean {
    return (
      record.referringAgencyId === actor.agencyId ||
      (AUTHORITY_ROLES as readonly string[]).includes(actor.role)
    );
  }

  async find(manager: EntityManager, caseId: string, actor: Actor): Promise<ReferralRecord> {
    const record = await manager.getRepository(ReferralRecord).findOneBy({ caseId });
    if (!record || !this.canSee(record, actor)) throw new ProblemException('notFound', 'no such case');
    return record;
  }

  /** Locks the referral for a change; `referrerOnly` limits it to the referring agency. */
  async lockForChange(
    manager: EntityManager,
    caseId: string,
    actor: Actor,
    { referrerOnly }: { referrerOnly: boolean },
  ): Promise<ReferralRecord> {
    const record = await manager
      .getRepository(ReferralRecord)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.case_id = :caseId', { caseId })
      .getOne();
    if (!record || !this.canSee(record, actor)) throw new ProblemException('notFound', 'no such case');
    if (referrerOnly && record.referringAgencyId !== actor.agencyId) {
      throw new ProblemException('forbidden', 'only the referring agency may do this');
    }
    if (record.status === 'withdrawn')
      throw new ProblemException('conflict', 'the referral has been withdrawn');
    return record;
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ReferralReceivedV1 } from '@nrm/contracts';
import { ReferredCaseRepository } from '../referred-case.repository';

/** Learns of a referred case, in the transaction that takes the referral from the inbox. */
@Injectable()
export class RecordReferredCase {
  constructor(private readonly referredCases: ReferredCaseRepository) {}

  execute(
    manager: EntityManager,
    referral: Pick<ReferralReceivedV1, 'caseId' | 'caseReference' | 'referredAt'>,
  ): Promise<void> {
    return this.referredCases.record(manager, referral.caseId, referral.caseReference, referral.referredAt);
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ReferralStatusResponse } from '@nrm/api-contracts';
import { currentConsent } from '../consent/consent.repository';
import type { ReferralRecord } from './referral.entity';

/** What an agency involved in a case sees of its referral: status and facts, no personal data. */
@Injectable()
export class ReferralViews {
  async status(manager: EntityManager, record: ReferralRecord): Promise<ReferralStatusResponse> {
    const consent = await currentConsent(manager, record.caseId);
    const links: { status: string }[] = await manager.query(
      `SELECT status FROM duplicate_link WHERE (case_id = $1 OR other_case_id = $1) AND status <> 'rejected'`,
      [record.caseId],
    );
    return {
      caseId: record.caseId,
      caseReference: record.caseReference,
      status: record.status,
      version: record.version,
      referringAgencyId: record.referringAgencyId,
      channel: record.channel,
      referredAt: record.referredAt.toISOString(),
      handledAsChild: record.handledAsChild,
      requiresImmediateProtection: record.requiresImmediateProtection,
      immediateRisks: record.immediateRisks,
      consent: Object.fromEntries(consent.map((c) => [c.purpose, c.granted])),
      duplicateStatus: links.some((l) => l.status === 'confirmed')
        ? 'confirmed'
        : links.length > 0
          ? 'suspected'
          : 'none',
    };
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ReferralStatusResponse } from '@nrm/api-contracts';
import { currentConsentOf } from '../consent/consent.repository';
import type { ReferralRecord } from './referral.entity';

/** What an agency involved in a case sees of its referral: status and facts, no personal data. */
@Injectable()
export class ReferralViews {
  async status(manager: EntityManager, record: ReferralRecord): Promise<ReferralStatusResponse> {
    return (await this.statuses(manager, [record]))[0];
  }

  /** The views of many referrals in two queries, whatever their number. */
  async statuses(manager: EntityManager, records: ReferralRecord[]): Promise<ReferralStatusResponse[]> {
    if (records.length === 0) return [];
    const caseIds = records.map((r) => r.caseId);
    const consent = await currentConsentOf(manager, caseIds);
    const links: { case_id: string; other_case_id: string; status: string }[] = await manager.query(
      `SELECT case_id, other_case_id, status FROM duplicate_link
        WHERE (case_id = ANY($1::uuid[]) OR other_case_id = ANY($1::uuid[])) AND status <> 'rejected'`,
      [caseIds],
    );
    return records.map((record) => {
      const own = links.filter((l) => l.case_id === record.caseId || l.other_case_id === record.caseId);
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
        consent: Object.fromEntries((consent.get(record.caseId) ?? []).map((c) => [c.purpose, c.granted])),
        duplicateStatus: own.some((l) => l.status === 'confirmed')
          ? 'confirmed'
          : own.length > 0
            ? 'suspected'
            : 'none',
        personalDataErased: record.personalDataErasedAt !== null,
      };
    });
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ReferralStatusResponse } from '@nrm/api-contracts';
import { ConsentRepository } from '../consent/consent.repository';
import { DuplicateLinkRepository } from '../duplicates/duplicate-link.repository';
import type { ReferralRow } from './referral.repository';

/** What an agency involved in a case sees of its referral: status and facts, no personal data. */
@Injectable()
export class ReferralViews {
  constructor(
    private readonly consents: ConsentRepository,
    private readonly links: DuplicateLinkRepository,
  ) {}

  async status(manager: EntityManager, record: ReferralRow): Promise<ReferralStatusResponse> {
    return (await this.statuses(manager, [record]))[0];
  }

  /** The views of many referrals in two queries, whatever their number. */
  async statuses(manager: EntityManager, records: ReferralRow[]): Promise<ReferralStatusResponse[]> {
    if (records.length === 0) return [];
    const caseIds = records.map((r) => r.case_id);
    const consent = await this.consents.currentOf(manager, caseIds);
    const links = await this.links.ofCases(manager, caseIds);
    return records.map((record) => {
      const own = links.filter((l) => l.case_id === record.case_id || l.other_case_id === record.case_id);
      return {
        caseId: record.case_id,
        caseReference: record.case_reference,
        status: record.status,
        version: record.version,
        referringAgencyId: record.referring_agency_id,
        channel: record.channel,
        referredAt: record.referred_at.toISOString(),
        handledAsChild: record.handled_as_child,
        requiresImmediateProtection: record.requires_immediate_protection,
        immediateRisks: record.immediate_risks,
        consent: Object.fromEntries((consent.get(record.case_id) ?? []).map((c) => [c.purpose, c.granted])),
        duplicateStatus: own.some((l) => l.status === 'confirmed')
          ? 'confirmed'
          : own.length > 0
            ? 'suspected'
            : 'none',
        personalDataErased: record.personal_data_erased_at !== null,
      };
    });
  }
}

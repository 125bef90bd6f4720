import type { ProviderReferralPage } from '@nrm/api-contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NeedPriority, NeedType } from '@nrm/contracts';
import { dayText, sqlOf } from '@nrm/persistence';
import type { Actor } from '@nrm/security';
import { ProblemException, permit } from '@nrm/service-kit';
import type { DB as Tables } from '../../database/tables.generated';
import type { ServiceReferralStatus } from '../service-referral-rules';
import { ProviderReferralStatuses, Routes } from '@nrm/api-contracts';

const STATUSES: readonly string[] = ProviderReferralStatuses;

/** The referrals to the caller's agency, newest first; stopped ones are gone from its view. */
@Injectable()
export class ProviderReferrals {
  constructor(private readonly dataSource: DataSource) {}

  async execute(actor: Actor, status?: string): Promise<ProviderReferralPage> {
    permit(actor, Routes.providerReferrals);
    if (status !== undefined && !STATUSES.includes(status)) {
      const message = `status must be one of: ${STATUSES.join(', ')}`;
      throw new ProblemException('validation', message, [{ field: 'status', message }]);
    }
    let query = sqlOf<Tables>(this.dataSource)
      .selectFrom('service_referral as r')
      .innerJoin('protection_case as c', 'c.case_id', 'r.case_id')
      .leftJoin('need as n', (join) =>
        join.onRef('n.case_id', '=', 'r.case_id').onRef('n.need_type', '=', 'r.need_type'),
      )
      .select([
        'r.service_referral_id',
        'r.case_id',
        'c.case_reference',
        'r.need_type',
        'r.priority',
        dayText<string | null>('n.due_on').as('due_on'),
        'r.status',
        'c.person_is_child',
        'c.interpreter_needed',
        'r.referred_at',
        'r.decline_reason',
      ])
      .where('r.provider_id', '=', actor.agencyId)
      // A stopped referral is no longer the provider's to see: consent was withdrawn or the case closed.
      .where('r.status', '<>', 'stopped');
    if (status !== undefined) query = query.where('r.status', '=', status);
    const rows = await query.orderBy('r.referred_at', 'desc').limit(200).execute();
    return {
      items: rows.map((r) => ({
        serviceReferralId: r.service_referral_id,
        caseId: r.case_id,
        caseReference: r.case_reference as string,
        needType: r.need_type as NeedType,
        priority: r.priority as NeedPriority,
        dueOn: r.due_on ?? null,
        status: r.status as ServiceReferralStatus,
        personIsChild: r.person_is_child,
        interpreterNeeded: r.interpreter_needed,
        referredAt: r.referred_at.toISOString(),
        declineReason: r.decline_reason ?? null,
      })),
    };
  }
}

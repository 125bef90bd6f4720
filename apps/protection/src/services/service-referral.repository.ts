import { Injectable } from '@nestjs/common';
import type { Insertable, Selectable } from 'kysely';
import type { EntityManager } from 'typeorm';
import type { AgencyType, DisclosureBasis, NeedPriority, NeedType } from '@nrm/contracts';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';
import { OPEN_SERVICE_REFERRAL } from './service-referral-rules';
import type { ServiceReferralStatus } from './service-referral-rules';

/** A service referral with its case's reference and its provider's agency type. */
export type ReferralRow = Pick<
  Selectable<Tables['service_referral']>,
  'service_referral_id' | 'case_id' | 'provider_id'
> & {
  case_reference: string;
  provider_type: AgencyType;
  need_type: NeedType;
  priority: NeedPriority;
  status: ServiceReferralStatus;
  disclosure_basis: DisclosureBasis;
};

/** Referrals of cases to service providers, and the providers' answers. */
@Injectable()
export class ServiceReferralRepository {
  /** Whether the provider already has an open referral of the case for the need. */
  async hasOpen(manager: EntityManager, caseId: string, providerId: string, needType: string) {
    const row = await sqlOf<Tables>(manager)
      .selectFrom('service_referral')
      .select('service_referral_id')
      .where('case_id', '=', caseId)
      .where('provider_id', '=', providerId)
      .where('need_type', '=', needType)
      .where('status', 'in', OPEN_SERVICE_REFERRAL)
      .executeTakeFirst();
    return row !== undefined;
  }

  async insert(manager: EntityManager, referral: Insertable<Tables['service_referral']>): Promise<void> {
    await sqlOf<Tables>(manager).insertInto('service_referral').values(referral).execute();
  }

  /** The case of a referral to the provider, when there is one. */
  async caseOf(manager: EntityManager, serviceReferralId: string, providerId: string) {
    const row = await sqlOf<Tables>(manager)
      .selectFrom('service_referral')
      .select('case_id')
      .where('service_referral_id', '=', serviceReferralId)
      .where('provider_id', '=', providerId)
      .executeTakeFirst();
    return row?.case_id;
  }

  /** Locks a referral to the provider. */
  async lockFor(
    manager: EntityManager,
    serviceReferralId: string,
    providerId: string,
  ): Promise<ReferralRow | undefined> {
    const [row] = await this.rows(manager)
      .where('r.service_referral_id', '=', serviceReferralId)
      .where('r.provider_id', '=', providerId)
      .forUpdate('r')
      .execute();
    return row as ReferralRow | undefined;
  }

  /** Locks the case's open referrals. */
  async lockOpen(manager: EntityManager, caseId: string): Promise<ReferralRow[]> {
    const rows = await this.rows(manager)
      .where('r.case_id', '=', caseId)
      .where('r.status', 'in', OPEN_SERVICE_REFERRAL)
      .forUpdate('r')
      .execute();
    return rows as ReferralRow[];
  }

  /** The provider's answer: accepted or declined, or (`completedAt`) the service given. */
  async answer(
    manager: EntityManager,
    serviceReferralId: string,
    answer: {
      status: ServiceReferralStatus;
      declineReason: string | null;
      by: string;
      at: Date;
      completed: boolean;
    },
  ): Promise<void> {
    const when = answer.completed
      ? { completed_at: answer.at }
      : { answered_by: answer.by, answered_at: answer.at };
    await sqlOf<Tables>(manager)
      .updateTable('service_referral')
      .set({ status: answer.status, decline_reason: answer.declineReason, ...when })
      .where('service_referral_id', '=', serviceReferralId)
      .execute();
  }

  async stop(manager: EntityManager, serviceReferralId: string, at: Date): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('service_referral')
      .set({ status: 'stopped', stopped_at: at })
      .where('service_referral_id', '=', serviceReferralId)
      .execute();
  }

  private rows(manager: EntityManager) {
    return sqlOf<Tables>(manager)
      .selectFrom('service_referral as r')
      .innerJoin('protection_case as c', 'c.case_id', 'r.case_id')
      .innerJoin('provider as p', 'p.provider_id', 'r.provider_id')
      .select([
        'r.service_referral_id',
        'r.case_id',
        'c.case_reference',
        'r.provider_id',
        'p.agency_type as provider_type',
        'r.need_type',
        'r.priority',
        'r.status',
        'r.disclosure_basis',
      ]);
  }
}

/** What the referral events say of a referral. */
export function referralEvent(row: ReferralRow) {
  return {
    caseId: row.case_id,
    caseReference: row.case_reference,
    serviceReferralId: row.service_referral_id,
    providerAgencyId: row.provider_id,
    needType: row.need_type,
    priority: row.priority,
    disclosureBasis: row.disclosure_basis,
  };
}

import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';

/** The cases whose referral has reached this service: their reference and when they were referred. */
@Injectable()
export class ReferredCaseRepository {
  /** Records a referred case once; a redelivered referral changes nothing. */
  async record(
    manager: EntityManager,
    caseId: string,
    caseReference: string,
    referredAt: Date | string,
  ): Promise<void> {
    await sqlOf<Tables>(manager)
      .insertInto('referred_case')
      .values({ case_id: caseId, case_reference: caseReference, referred_at: referredAt })
      .onConflict((c) => c.doNothing())
      .execute();
  }

  /** Those of the case ids that are referred cases. */
  async known(manager: EntityManager, caseIds: string[]): Promise<string[]> {
    const rows = await sqlOf<Tables>(manager)
      .selectFrom('referred_case')
      .select('case_id')
      .where('case_id', '=', sql<string>`ANY(${caseIds}::uuid[])`)
      .execute();
    return rows.map((r) => r.case_id);
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import type { ConsentInForceResponse } from '@nrm/api-contracts';
import { ConsentPurposes } from '@nrm/contracts';
import type { AgencyType } from '@nrm/contracts';
import { sqlOf } from '@nrm/persistence';
import type { Actor, OwnerSealer } from '@nrm/security';
import type { DB as Tables } from '../database/tables.generated';
import type { ConsentEntry } from './consent-rules';

/** The consent in force for one purpose, as the API answers it. */
export type ConsentState = ConsentInForceResponse;

/** A case's consent records: appended, never rewritten; the latest per purpose is in force. */
@Injectable()
export class ConsentRepository {
  /** Appends consent records, one statement for all of them; interpreters' names are sealed. */
  async append(
    manager: EntityManager,
    sealer: OwnerSealer,
    caseId: string,
    entries: ConsentEntry[],
    actor: Actor,
    at: Date,
  ): Promise<void> {
    await sql`
      INSERT INTO consent_record (consent_id, case_id, purpose, granted, sharing_agency_types, recorded_by_user,
        recorded_by_agency, recorded_at, language, interpreter_sealed)
      SELECT id, ${caseId}, purpose, granted, ARRAY(SELECT jsonb_array_elements_text(sharing)), ${actor.userId},
             ${actor.agencyId}, ${at}, language, interpreter
        FROM unnest(${entries.map(() => randomUUID())}::uuid[], ${entries.map((e) => e.purpose)}::text[],
                    ${entries.map((e) => e.granted)}::boolean[],
                    ${entries.map((e) => JSON.stringify(e.sharingAgencyTypes))}::jsonb[],
                    ${entries.map((e) => e.language)}::text[],
                    ${entries.map((e) => (e.interpreter ? sealer.seal(e.interpreter) : null))}::text[])
          AS e(id, purpose, granted, sharing, language, interpreter)`.execute(sqlOf<Tables>(manager));
  }

  /** The consent in force for each purpose: its latest record. */
  async current(source: DataSource | EntityManager, caseId: string): Promise<ConsentState[]> {
    return (await this.currentOf(source, [caseId])).get(caseId) ?? [];
  }

  /** The consent in force for each purpose of each case: the latest record per case and purpose. */
  async currentOf(
    source: DataSource | EntityManager,
    caseIds: string[],
  ): Promise<Map<string, ConsentState[]>> {
    const rows = await sqlOf<Tables>(source)
      .selectFrom('consent_record')
      .distinctOn(['case_id', 'purpose'])
      .select(['case_id', 'purpose', 'granted', 'sharing_agency_types', 'recorded_at', 'recorded_by_agency'])
      .where('case_id', '=', sql<string>`ANY(${caseIds}::uuid[])`)
      .orderBy('case_id')
      .orderBy('purpose')
      .orderBy('recorded_at', 'desc')
      .orderBy('consent_id')
      .execute();
    return new Map(
      caseIds.map((caseId) => [
        caseId,
        ConsentPurposes.map((purpose) => {
          const r = rows.find((x) => x.case_id === caseId && x.purpose === purpose);
          return {
            purpose,
            granted: r?.granted ?? false,
            sharingAgencyTypes: (r?.sharing_agency_types ?? []) as AgencyType[],
            recordedAt: r?.recorded_at.toISOString() ?? '',
            recordedByAgencyId: r?.recorded_by_agency ?? '',
          };
        }),
      ]),
    );
  }
}

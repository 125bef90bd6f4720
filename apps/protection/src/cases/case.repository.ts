import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import type { AgencyType, ClosureReason, OpeningReason } from '@nrm/contracts';
import { sqlOf } from '@nrm/persistence';
import { ProblemException } from '@nrm/service-kit';
import type { DB as Tables } from '../database/tables.generated';
import type { CaseStatus } from './case-rules';

/** A protection case as its commands see it, locked for the change. */
export type CaseRow = Pick<
  Selectable<Tables['protection_case']>,
  'case_id' | 'person_is_child' | 'urgent_risk' | 'closure_requested_by'
> & { case_reference: string; status: CaseStatus; sharing_agency_types: AgencyType[] };

/** What an event tells protection about a case; absent fields are left as they are. */
export interface CaseFacts {
  caseId: string;
  caseReference?: string;
  referringAgencyId?: string;
  personIsChild?: boolean;
  urgentRisk?: boolean;
  presumedVictim?: boolean;
  interpreterNeeded?: boolean;
  sharingAgencyTypes?: AgencyType[];
  /** The recovery and reflection period as identification set it. */
  recoveryPeriod?: { startsOn: string; endsOn: string };
}

const NO_CASE = 'no protection case for this case';

/** Protection cases: what is known of each referred case, its lead agency and its closure. */
@Injectable()
export class CaseRepository {
  /** Locks a protection case for a change in this transaction; 404 when there is none. */
  async lock(manager: EntityManager, caseId: string): Promise<CaseRow> {
    const row = await sqlOf<Tables>(manager)
      .selectFrom('protection_case')
      .select([
        'case_id',
        'case_reference',
        'status',
        'person_is_child',
        'urgent_risk',
        'sharing_agency_types',
        'closure_requested_by',
      ])
      .where('case_id', '=', caseId)
      .forUpdate()
      .executeTakeFirst();
    if (!row || row.status === 'awaiting') throw new ProblemException('notFound', NO_CASE);
    return row as CaseRow;
  }

  /** Whether the case is known and has opened (whatever its state since). */
  async hasOpened(manager: EntityManager, caseId: string): Promise<boolean> {
    const row = await sqlOf<Tables>(manager)
      .selectFrom('protection_case')
      .select('case_id')
      .where('case_id', '=', caseId)
      .where('status', '<>', 'awaiting')
      .executeTakeFirst();
    return row !== undefined;
  }

  /** The agency leading the case (the default when it names none); undefined when there is no case. */
  async leadOf(
    source: DataSource | EntityManager,
    caseId: string,
    defaultLead: string,
  ): Promise<string | undefined> {
    const row = await sqlOf<Tables>(source)
      .selectFrom('protection_case')
      .select((eb) => eb.fn.coalesce('lead_agency_id', sql.val(defaultLead)).as('lead'))
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    return row?.lead;
  }

  /** Records what is known, keeping what an earlier event said where this one is silent; answers the case. */
  recordFacts(manager: EntityManager, facts: CaseFacts) {
    const incoming = {
      reference: facts.caseReference ?? null,
      referringAgency: facts.referringAgencyId ?? null,
      child: facts.personIsChild ?? null,
      urgent: facts.urgentRisk ?? null,
      presumed: facts.presumedVictim ?? null,
      interpreter: facts.interpreterNeeded ?? null,
      sharing: facts.sharingAgencyTypes ?? null,
      startsOn: facts.recoveryPeriod?.startsOn ?? null,
      endsOn: facts.recoveryPeriod?.endsOn ?? null,
    };
    return sqlOf<Tables>(manager)
      .insertInto('protection_case')
      .values({
        case_id: facts.caseId,
        case_reference: incoming.reference,
        referring_agency_id: incoming.referringAgency,
        status: 'awaiting',
        person_is_child: incoming.child ?? false,
        urgent_risk: incoming.urgent ?? false,
        presumed_victim: incoming.presumed ?? false,
        interpreter_needed: incoming.interpreter ?? false,
        sharing_agency_types: incoming.sharing ?? [],
        recovery_starts_on: incoming.startsOn,
        recovery_ends_on: incoming.endsOn,
      })
      .onConflict((oc) =>
        oc.column('case_id').doUpdateSet({
          case_reference: sql`coalesce(protection_case.case_reference, ${incoming.reference})`,
          referring_agency_id: sql`coalesce(protection_case.referring_agency_id, ${incoming.referringAgency})`,
          person_is_child: sql`coalesce(${incoming.child}::boolean, protection_case.person_is_child)`,
          urgent_risk: sql`protection_case.urgent_risk OR coalesce(${incoming.urgent}::boolean, false)`,
          presumed_victim: sql`protection_case.presumed_victim OR coalesce(${incoming.presumed}::boolean, false)`,
          interpreter_needed: sql`coalesce(${incoming.interpreter}::boolean, protection_case.interpreter_needed)`,
          sharing_agency_types: sql`coalesce(${incoming.sharing}::text[], protection_case.sharing_agency_types)`,
          recovery_starts_on: sql`coalesce(protection_case.recovery_starts_on, ${incoming.startsOn}::date)`,
          recovery_ends_on: sql`coalesce(${incoming.endsOn}::date, protection_case.recovery_ends_on)`,
          updated_at: sql`now()`,
        }),
      )
      .returning([
        'status',
        'case_reference',
        'person_is_child',
        'urgent_risk',
        'presumed_victim',
        'lead_agency_id',
      ])
      .executeTakeFirstOrThrow();
  }

  async open(manager: EntityManager, caseId: string, reason: OpeningReason, at: Date): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('protection_case')
      .set({ status: 'open', opened_because: reason, opened_at: at })
      .where('case_id', '=', caseId)
      .execute();
  }

  /** Replaces the agency types the person consents to share data with; false when there is no case. */
  async setSharing(manager: EntityManager, caseId: string, types: AgencyType[]): Promise<boolean> {
    const result = await sqlOf<Tables>(manager)
      .updateTable('protection_case')
      .set({ sharing_agency_types: types, updated_at: sql`now()` })
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /**
   * Hands the lead to `to`, only while the case is open and `by` leads it (or `byAuthority`);
   * answers the reference and the agency that led, or undefined when refused.
   */
  async handOver(
    manager: EntityManager,
    caseId: string,
    change: { to: string; by: string; byAuthority: boolean; defaultLead: string },
  ): Promise<{ case_reference: string; previous: string } | undefined> {
    const { rows } = await sql<{ case_reference: string; previous: string }>`
      UPDATE protection_case c SET lead_agency_id = ${change.to}
        FROM (SELECT case_id, coalesce(lead_agency_id, ${change.defaultLead}) AS previous
                FROM protection_case WHERE case_id = ${caseId} FOR UPDATE) p
       WHERE c.case_id = p.case_id AND c.status IN ('open', 'closure_requested')
         AND (${change.byAuthority} OR p.previous = ${change.by})
      RETURNING c.case_reference, p.previous`.execute(sqlOf<Tables>(manager));
    return rows[0];
  }

  /** Queued or placed shelter placements and open service referrals of the case. */
  async running(manager: EntityManager, caseId: string, openReferral: readonly string[]) {
    const { rows } = await sql<{ placements: number; referrals: number }>`
      SELECT (SELECT count(*)::int FROM placement
                WHERE case_id = ${caseId} AND status IN ('queued', 'placed', 'checked_in')) AS placements,
             (SELECT count(*)::int FROM service_referral
                WHERE case_id = ${caseId} AND status = ANY (${openReferral}::text[])) AS referrals`.execute(
      sqlOf<Tables>(manager),
    );
    return rows[0];
  }

  async requestClosure(
    manager: EntityManager,
    caseId: string,
    closure: { status: CaseStatus; reason: ClosureReason; noteSealed: string | null; by: string; at: Date },
  ): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('protection_case')
      .set({
        status: closure.status,
        closure_reason: closure.reason,
        closure_note_sealed: closure.noteSealed,
        closure_requested_by: closure.by,
        closure_requested_at: closure.at,
        updated_at: closure.at,
      })
      .where('case_id', '=', caseId)
      .execute();
  }

  /** A rejected closure: the case is open again, the request forgotten. */
  async reopen(manager: EntityManager, caseId: string, at: Date): Promise<void> {
    await sqlOf<Tables>(manager)
      .updateTable('protection_case')
      .set({
        status: 'open',
        closure_reason: null,
        closure_note_sealed: null,
        closure_requested_by: null,
        closure_requested_at: null,
        updated_at: at,
      })
      .where('case_id', '=', caseId)
      .execute();
  }

  /** Closes the case; answers the reason asked for. */
  async close(manager: EntityManager, caseId: string, at: Date): Promise<ClosureReason> {
    const row = await sqlOf<Tables>(manager)
      .updateTable('protection_case')
      .set({ status: 'closed', closed_at: at, updated_at: at })
      .where('case_id', '=', caseId)
      .returning('closure_reason')
      .executeTakeFirstOrThrow();
    return row.closure_reason as ClosureReason;
  }
}

import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Selectable } from 'kysely';
import type { EntityManager } from 'typeorm';
import type { AgencyType, EventEnvelope } from '@nrm/contracts';
import { dayText, sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';
import type { CaseFacts, InvestigationFacts } from './derive-records';

type Case = Selectable<Tables['analytics_case']>;
type Investigation = Selectable<Tables['analytics_investigation']>;
type DeferredEvent = Selectable<Tables['analytics_deferred_event']>;

/** A stage held for a case whose referral has not come yet. */
export interface HeldStage {
  caseId: string;
  envelope: EventEnvelope<unknown>;
}

/**
 * What the analytics stream remembers between batches (ADR 0028): the facts of cases and
 * investigations, the stages held for a referral, and the agencies' types. Each read is one statement
 * for all the ids of a batch (none for no ids), and each write one set-based statement for all its rows.
 */
@Injectable()
export class StreamMemoryRepository {
  /** The stages held for the cases, per case, in the order to derive them. */
  async heldStages(
    manager: EntityManager,
    caseIds: string[],
  ): Promise<Map<string, EventEnvelope<unknown>[]>> {
    const held = new Map<string, EventEnvelope<unknown>[]>();
    // Nearly every referral finds nothing waiting.
    if (caseIds.length === 0) return held;
    const rows = await sqlOf<Tables>(manager)
      .selectFrom('analytics_deferred_event')
      .select(['case_id', 'envelope'])
      .where('case_id', '=', anyOf(caseIds, 'uuid'))
      .orderBy('event_time')
      .orderBy('deferred_at')
      .execute();
    for (const { case_id: caseId, envelope } of rows) {
      const list = held.get(caseId) ?? [];
      list.push(envelope as unknown as EventEnvelope<unknown>);
      held.set(caseId, list);
    }
    return held;
  }

  async cases(manager: EntityManager, caseIds: string[]): Promise<Map<string, CaseFacts>> {
    if (caseIds.length === 0) return new Map();
    const rows = await sqlOf<Tables>(manager)
      .selectFrom('analytics_case')
      .select(['case_id', 'statistics_consent'])
      .select(dayText<string | null>('referred_on').as('referred_on'))
      .where('case_id', '=', anyOf(caseIds, 'uuid'))
      .execute();
    return new Map(
      rows.map((row) => {
        const facts: CaseFacts = { statisticsConsent: row.statistics_consent };
        if (row.referred_on) facts.referredOn = row.referred_on;
        return [row.case_id, facts];
      }),
    );
  }

  async investigations(
    manager: EntityManager,
    investigationIds: string[],
  ): Promise<Map<string, InvestigationFacts>> {
    if (investigationIds.length === 0) return new Map();
    const rows = await sqlOf<Tables>(manager)
      .selectFrom('analytics_investigation')
      .select(['investigation_id', 'linked_cases'])
      .where('investigation_id', '=', anyOf(investigationIds, 'uuid'))
      .execute();
    return new Map(rows.map((row) => [row.investigation_id, { linkedCases: row.linked_cases }]));
  }

  async agencyTypes(manager: EntityManager, agencyIds: string[]): Promise<Map<string, AgencyType>> {
    if (agencyIds.length === 0) return new Map();
    const rows = await sqlOf<Tables>(manager)
      .selectFrom('agency_directory')
      .select(['agency_id', 'agency_type'])
      .where('agency_id', '=', anyOf(agencyIds, 'text'))
      .execute();
    return new Map(rows.map((row) => [row.agency_id, row.agency_type as AgencyType]));
  }

  /** What the batch learnt of cases: a referral date once known, the consent as it stands now. */
  async saveCases(manager: EntityManager, cases: { caseId: string; facts: CaseFacts }[]): Promise<void> {
    if (cases.length === 0) return;
    const columns: (keyof Case)[] = ['case_id', 'referred_on', 'statistics_consent'];
    await sql`
      INSERT INTO analytics_case (${columnList(columns)})
      SELECT * FROM unnest(${cases.map((c) => c.caseId)}::uuid[], ${cases.map((c) => c.facts.referredOn ?? null)}::date[],
                           ${cases.map((c) => c.facts.statisticsConsent)}::boolean[])
      ON CONFLICT (case_id) DO UPDATE SET referred_on = COALESCE(EXCLUDED.referred_on, analytics_case.referred_on),
        statistics_consent = EXCLUDED.statistics_consent`.execute(sqlOf<Tables>(manager));
  }

  async saveInvestigations(
    manager: EntityManager,
    investigations: { investigationId: string; facts: InvestigationFacts }[],
  ): Promise<void> {
    if (investigations.length === 0) return;
    const columns: (keyof Investigation)[] = ['investigation_id', 'linked_cases'];
    await sql`
      INSERT INTO analytics_investigation (${columnList(columns)})
      SELECT * FROM unnest(${investigations.map((i) => i.investigationId)}::uuid[],
                           ${investigations.map((i) => i.facts.linkedCases)}::int[])
      ON CONFLICT (investigation_id) DO UPDATE SET linked_cases = EXCLUDED.linked_cases`.execute(
      sqlOf<Tables>(manager),
    );
  }

  /** Holds stages until their case's referral comes; a stage held already stays as it is. */
  async holdStages(manager: EntityManager, stages: HeldStage[]): Promise<void> {
    if (stages.length === 0) return;
    const columns: (keyof DeferredEvent)[] = ['event_id', 'case_id', 'event_time', 'envelope'];
    await sql`
      INSERT INTO analytics_deferred_event (${columnList(columns)})
      SELECT * FROM unnest(${stages.map((d) => d.envelope.id)}::uuid[], ${stages.map((d) => d.caseId)}::uuid[],
                           ${stages.map((d) => d.envelope.time)}::timestamptz[],
                           ${stages.map((d) => JSON.stringify(d.envelope))}::jsonb[])
      ON CONFLICT (event_id) DO NOTHING`.execute(sqlOf<Tables>(manager));
  }

  /** Drops the held stages their referral released. */
  async releaseStages(manager: EntityManager, eventIds: string[]): Promise<void> {
    if (eventIds.length === 0) return;
    await sqlOf<Tables>(manager)
      .deleteFrom('analytics_deferred_event')
      .where('event_id', '=', anyOf(eventIds, 'uuid'))
      .execute();
  }
}

/** `= ANY($1::type[])`: one parameter for all the ids, whatever their number. */
function anyOf(ids: string[], type: 'uuid' | 'text') {
  return sql<string>`ANY(${ids}::${sql.raw(type)}[])`;
}

/** The column names of a typed row, for a set-based statement. */
function columnList(columns: string[]) {
  return sql.join(columns.map((c) => sql.ref(c)));
}

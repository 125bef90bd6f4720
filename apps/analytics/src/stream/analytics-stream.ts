import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AnalyticsAudiences, AnalyticsTopics } from '@nrm/contracts';
import type { AgencyType, EventEnvelope } from '@nrm/contracts';
import { OutboxWriter } from '@nrm/messaging';
import { StatisticsAudience, StatisticsRows } from '../statistics/statistics-rows';
import { AudiencePseudonyms } from './audience-pseudonyms';
import type { CaseFacts, InvestigationFacts } from './derive-records';
import { StreamMemory, factsWanted } from './stream-memory';
import type { RememberedFacts } from './stream-memory';

/**
 * Derives the analytics records of lifecycle events a batch at a time, in the transaction that consumed
 * them (or that a replay opened): what the stream remembers is read with one query per kind before the
 * batch, the records go to the outbox once per audience, and the remembered facts, held stages and
 * statistics are written with one statement each after it. Record ids are stable, so deriving the same
 * event again republishes the same records.
 */
@Injectable()
export class AnalyticsStream {
  constructor(
    private readonly outbox: OutboxWriter,
    @Inject(AudiencePseudonyms) private readonly pseudonyms: AudiencePseudonyms,
  ) {}

  /** Reads what the stream remembers of everything the events name; derive them, then `finish()`. */
  async begin(manager: EntityManager, envelopes: readonly EventEnvelope<unknown>[]): Promise<StreamBatch> {
    const wanted = factsWanted(envelopes);
    const deferred = await readDeferred(manager, wanted.referredCaseIds);
    // The stages a referral releases may name an investigation no event of the batch names.
    const all = factsWanted(envelopes, [...deferred.values()].flat());
    const remembered: RememberedFacts = {
      cases: await readCases(manager, all.caseIds),
      investigations: await readInvestigations(manager, all.investigationIds),
      agencyTypes: await readAgencyTypes(manager, all.agencyIds),
      deferred,
    };
    return new StreamBatch(manager, new StreamMemory(remembered), this.outbox, this.pseudonyms);
  }

  /** Derives one event as a batch of its own; returns how many records were written across audiences. */
  async derive(manager: EntityManager, envelope: EventEnvelope<unknown>): Promise<number> {
    const batch = await this.begin(manager, [envelope]);
    const written = await batch.derive(envelope);
    await batch.finish();
    return written;
  }
}

/** The events of one batch being derived; `finish()` writes what they changed, once, after the last. */
export class StreamBatch {
  private readonly statistics = new StatisticsRows();

  constructor(
    private readonly manager: EntityManager,
    private readonly memory: StreamMemory,
    private readonly outbox: OutboxWriter,
    private readonly pseudonyms: AudiencePseudonyms,
  ) {}

  /**
   * Appends the records of an event (and of the stages a referral releases) to the outbox for each
   * audience that may have them; returns how many were written across audiences.
   */
  async derive(envelope: EventEnvelope<unknown>): Promise<number> {
    let written = 0;
    for (const { sourceEventId, records, statisticsConsent } of this.memory.derive(envelope)) {
      for (const [index, record] of records.entries()) {
        const month = (record.data as { month: string }).month;
        for (const audience of AnalyticsAudiences) {
          // National statistics count every case; other audiences get a person's records only with
          // the person's consent to pseudonymous use.
          if (record.personConsentRequired && audience !== 'national-statistics' && !statisticsConsent)
            continue;
          const subject =
            record.subject.kind === 'anonymous'
              ? 'anonymous'
              : this.pseudonyms.pseudonym(audience, record.subject.kind, record.subject.id);
          const id = this.pseudonyms.recordId(audience, sourceEventId, index);
          await this.outbox.append(this.manager, record.definition, {
            subject,
            data: record.data,
            time: new Date(`${month}-01T00:00:00.000Z`),
            published: { id, topic: AnalyticsTopics[audience] },
          });
          if (audience === StatisticsAudience) this.statistics.add(record, subject, id);
          written++;
        }
      }
    }
    return written;
  }

  /** Writes the batch's changes to the stream's memory and its statistics rows, one statement each. */
  async finish(): Promise<void> {
    const { cases, investigations, deferred, released } = this.memory.changes();
    const m = this.manager;
    if (cases.length > 0) {
      await m.query(
        `INSERT INTO analytics_case (case_id, referred_on, statistics_consent)
         SELECT * FROM unnest($1::uuid[], $2::date[], $3::boolean[])
         ON CONFLICT (case_id) DO UPDATE SET referred_on = COALESCE(EXCLUDED.referred_on, analytics_case.referred_on),
           statistics_consent = EXCLUDED.statistics_consent`,
        [
          cases.map((c) => c.caseId),
          cases.map((c) => c.facts.referredOn ?? null),
          cases.map((c) => c.facts.statisticsConsent),
        ],
      );
    }
    if (investigations.length > 0) {
      await m.query(
        `INSERT INTO analytics_investigation (investigation_id, linked_cases)
         SELECT * FROM unnest($1::uuid[], $2::int[])
         ON CONFLICT (investigation_id) DO UPDATE SET linked_cases = EXCLUDED.linked_cases`,
        [investigations.map((i) => i.investigationId), investigations.map((i) => i.facts.linkedCases)],
      );
    }
    if (deferred.length > 0) {
      await m.query(
        `INSERT INTO analytics_deferred_event (event_id, case_id, event_time, envelope)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::jsonb[])
         ON CONFLICT (event_id) DO NOTHING`,
        [
          deferred.map((d) => d.envelope.id),
          deferred.map((d) => d.caseId),
          deferred.map((d) => d.envelope.time),
          deferred.map((d) => JSON.stringify(d.envelope)),
        ],
      );
    }
    if (released.length > 0) {
      await m.query(`DELETE FROM analytics_deferred_event WHERE event_id = ANY($1::uuid[])`, [released]);
    }
    await this.statistics.write(m);
  }
}

async function readDeferred(
  manager: EntityManager,
  caseIds: string[],
): Promise<Map<string, EventEnvelope<unknown>[]>> {
  const deferred = new Map<string, EventEnvelope<unknown>[]>();
  // Nearly every referral finds nothing waiting.
  if (caseIds.length === 0) return deferred;
  const rows: { case_id: string; envelope: EventEnvelope<unknown> }[] = await manager.query(
    `SELECT case_id, envelope FROM analytics_deferred_event WHERE case_id = ANY($1::uuid[])
     ORDER BY event_time, deferred_at`,
    [caseIds],
  );
  for (const { case_id: caseId, envelope } of rows) {
    const list = deferred.get(caseId) ?? [];
    list.push(envelope);
    deferred.set(caseId, list);
  }
  return deferred;
}

/** Rows of one kind for the given ids, in one query, by id. */
async function readByIds<Row, Value>(
  manager: EntityManager,
  ids: string[],
  sql: string,
  entry: (row: Row) => [string, Value],
): Promise<Map<string, Value>> {
  if (ids.length === 0) return new Map();
  const rows: Row[] = await manager.query(sql, [ids]);
  return new Map(rows.map(entry));
}

function readCases(manager: EntityManager, caseIds: string[]): Promise<Map<string, CaseFacts>> {
  return readByIds(
    manager,
    caseIds,
    `SELECT case_id, to_char(referred_on, 'YYYY-MM-DD') AS referred_on, statistics_consent
     FROM analytics_case WHERE case_id = ANY($1::uuid[])`,
    (row: { case_id: string; referred_on: string | null; statistics_consent: boolean }) => {
      const facts: CaseFacts = { statisticsConsent: row.statistics_consent };
      if (row.referred_on) facts.referredOn = row.referred_on;
      return [row.case_id, facts];
    },
  );
}

function readInvestigations(
  manager: EntityManager,
  investigationIds: string[],
): Promise<Map<string, InvestigationFacts>> {
  return readByIds(
    manager,
    investigationIds,
    `SELECT investigation_id, linked_cases FROM analytics_investigation WHERE investigation_id = ANY($1::uuid[])`,
    (row: { investigation_id: string; linked_cases: number }) => [
      row.investigation_id,
      { linkedCases: row.linked_cases },
    ],
  );
}

function readAgencyTypes(manager: EntityManager, agencyIds: string[]): Promise<Map<string, AgencyType>> {
  return readByIds(
    manager,
    agencyIds,
    `SELECT agency_id, agency_type FROM agency_directory WHERE agency_id = ANY($1::text[])`,
    (row: { agency_id: string; agency_type: AgencyType }) => [row.agency_id, row.agency_type],
  );
}

import { CompiledQuery } from 'kysely';
import type { Selectable } from 'kysely';
import type { EntityManager } from 'typeorm';
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';
import type { IndicatorAssessment } from '../stream/derive-records';
import {
  AnonymousNoticeCounted,
  CaseStageReached,
  ProsecutionStageReached,
  ReferralRecorded,
} from '@nrm/contracts';
import type {
  AnalyticsAudience,
  AnonymousNoticeCountedV1,
  CaseStageReachedV1,
  EventDefinition,
  ProsecutionStageReachedV1,
  ReferralRecordedV1,
} from '@nrm/contracts';

/** The audience whose records the statistics count: national statistics receive every case. */
export const StatisticsAudience: AnalyticsAudience = 'national-statistics';

type StatisticsTableName =
  'stat_referral' | 'stat_notice' | 'stat_case_stage' | 'stat_prosecution' | 'stat_indicator_assessment';

/** A row as it travels in the statement's JSON: every column of the table, instants as ISO 8601. */
type Row<T extends StatisticsTableName> = {
  [C in keyof Selectable<Tables[T]>]: Selectable<Tables[T]>[C] extends Date
    ? string
    : Selectable<Tables[T]>[C];
};

type Column<T extends StatisticsTableName> = keyof Selectable<Tables[T]> & string;

interface StatisticsTable<T extends StatisticsTableName> {
  name: T;
  key: Column<T>;
  /** Columns in the order of the table, with their SQL types. */
  columns: [Column<T>, string][];
  /**
   * A referral is one row per person, the last record wins; an indicator assessment is one row per
   * person, the latest by the given column wins (then the last record); every other record is a row
   * of its own.
   */
  onConflict: 'update' | 'nothing' | { newest: Column<T> };
}

const table = <T extends StatisticsTableName>(definition: StatisticsTable<T>) => definition;

const tables = {
  referral: table({
    name: 'stat_referral',
    key: 'subject',
    columns: [
      ['subject', 'text'],
      ['month', 'text'],
      ['referral_channel', 'text'],
      ['referring_agency_type', 'text'],
      ['age_band', 'text'],
      ['child', 'boolean'],
      ['sex', 'text'],
      ['nationalities', 'text[]'],
      ['exploitation_types', 'text[]'],
      ['immediate_risk', 'boolean'],
    ],
    onConflict: 'update',
  }),
  notice: table({
    name: 'stat_notice',
    key: 'record_id',
    columns: [
      ['record_id', 'uuid'],
      ['month', 'text'],
      ['referral_channel', 'text'],
      ['age_band', 'text'],
      ['sex', 'text'],
      ['nationalities', 'text[]'],
      ['exploitation_types', 'text[]'],
    ],
    onConflict: 'nothing',
  }),
  caseStage: table({
    name: 'stat_case_stage',
    key: 'record_id',
    columns: [
      ['record_id', 'uuid'],
      ['subject', 'text'],
      ['stage', 'text'],
      ['month', 'text'],
      ['outcome', 'text'],
      ['service_type', 'text'],
      ['days_since_referral', 'int'],
    ],
    onConflict: 'nothing',
  }),
  prosecution: table({
    name: 'stat_prosecution',
    key: 'record_id',
    columns: [
      ['record_id', 'uuid'],
      ['subject', 'text'],
      ['stage', 'text'],
      ['month', 'text'],
      ['article', 'text'],
      ['verdict_outcome', 'text'],
      ['linked_cases', 'int'],
    ],
    onConflict: 'nothing',
  }),
  indicator: table({
    name: 'stat_indicator_assessment',
    key: 'subject',
    columns: [
      ['subject', 'text'],
      ['record_id', 'uuid'],
      ['month', 'text'],
      ['assessed_at', 'timestamptz'],
      ['outcome', 'text'],
      ['complete', 'boolean'],
      ['weak_provenance', 'boolean'],
      ['child', 'boolean'],
      ['catalogue_version', 'text'],
      ['rule_version', 'text'],
      ['lists', 'text[]'],
      ['list_outcomes', 'text[]'],
      ['positive_dimensions', 'text[]'],
      ['present_indicators', 'text[]'],
    ],
    onConflict: { newest: 'assessed_at' },
  }),
};

/** One multi-row statement per table: the rows travel as one JSON array, whatever their number. */
function insertStatement<T extends StatisticsTableName>({
  name,
  key,
  columns,
  onConflict,
}: StatisticsTable<T>): string {
  const names = columns.map(([column]) => column).join(', ');
  const update = `ON CONFLICT (${key}) DO UPDATE SET ${columns
    .filter(([column]) => column !== key)
    .map(([column]) => `${column} = EXCLUDED.${column}`)
    .join(', ')}`;
  const conflict =
    onConflict === 'nothing'
      ? `ON CONFLICT (${key}) DO NOTHING`
      : onConflict === 'update'
        ? update
        : `${update} WHERE EXCLUDED.${onConflict.newest} >= ${name}.${onConflict.newest}`;
  return (
    `INSERT INTO ${name} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) ` +
    `AS r(${columns.map(([column, type]) => `${column} ${type}`).join(', ')}) ${conflict}`
  );
}

const statements = {
  referral: insertStatement(tables.referral),
  notice: insertStatement(tables.notice),
  caseStage: insertStatement(tables.caseStage),
  prosecution: insertStatement(tables.prosecution),
  indicator: insertStatement(tables.indicator),
};

/**
 * The statistics rows of a batch's national-statistics records, one row per record (one per person for
 * referrals), written with one statement per table in the transaction that derived the records: the
 * statistics count exactly what the national-statistics topic carries, under the same pseudonyms and
 * record ids. An `indicators_assessed` stage also gives its person's row of indicator results (one per
 * person, the latest assessment), under the stage record's pseudonym, id and month: the results
 * themselves are not in the stream.
 */
export class StatisticsRows {
  private readonly rows = {
    referral: new Map<string, Row<'stat_referral'>>(),
    notice: new Map<string, Row<'stat_notice'>>(),
    caseStage: new Map<string, Row<'stat_case_stage'>>(),
    prosecution: new Map<string, Row<'stat_prosecution'>>(),
    indicator: new Map<string, Row<'stat_indicator_assessment'>>(),
  };

  /** A record as published to the national-statistics topic: its subject (the Kafka key) and id. */
  add(
    record: { definition: EventDefinition<object>; data: object; assessment?: IndicatorAssessment },
    subject: string,
    recordId: string,
  ): void {
    switch (record.definition.type) {
      case ReferralRecorded.type: {
        const r = record.data as ReferralRecordedV1;
        this.rows.referral.set(subject, {
          subject,
          month: r.month,
          referral_channel: r.referralChannel,
          referring_agency_type: r.referringAgencyType,
          age_band: r.ageBand,
          child: r.child,
          sex: r.sex,
          nationalities: r.nationalities,
          exploitation_types: r.exploitationTypes,
          immediate_risk: r.immediateRisk,
        });
        return;
      }
      case AnonymousNoticeCounted.type: {
        const n = record.data as AnonymousNoticeCountedV1;
        this.first(this.rows.notice, recordId, {
          record_id: recordId,
          month: n.month,
          referral_channel: n.referralChannel,
          age_band: n.ageBand,
          sex: n.sex,
          nationalities: n.nationalities,
          exploitation_types: n.exploitationTypes,
        });
        return;
      }
      case CaseStageReached.type: {
        const s = record.data as CaseStageReachedV1;
        this.first(this.rows.caseStage, recordId, {
          record_id: recordId,
          subject,
          stage: s.stage,
          month: s.month,
          outcome: s.outcome ?? null,
          service_type: s.serviceType ?? null,
          days_since_referral: s.daysSinceReferral ?? null,
        });
        if (record.assessment) this.latest(subject, recordId, s.month, record.assessment);
        return;
      }
      case ProsecutionStageReached.type: {
        const p = record.data as ProsecutionStageReachedV1;
        this.first(this.rows.prosecution, recordId, {
          record_id: recordId,
          subject,
          stage: p.stage,
          month: p.month,
          article: p.article ?? null,
          verdict_outcome: p.verdictOutcome ?? null,
          linked_cases: p.linkedCases,
        });
        return;
      }
    }
  }

  /** One statement per table that has rows, in key order (concurrent writers lock rows in one order). */
  async write(manager: EntityManager): Promise<void> {
    for (const table of ['referral', 'notice', 'caseStage', 'prosecution', 'indicator'] as const) {
      const rows = this.rows[table];
      if (rows.size === 0) continue;
      const ordered = [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
      await sqlOf<Tables>(manager).executeQuery(
        CompiledQuery.raw(statements[table], [JSON.stringify(ordered)]),
      );
    }
  }

  /**
   * The assessment a person's row holds after the batch: the latest by when it was made; of two made
   * at the same instant, the later in the batch, as the statement does with the row already written.
   */
  private latest(subject: string, recordId: string, month: string, a: IndicatorAssessment): void {
    const held = this.rows.indicator.get(subject);
    if (held && Date.parse(held.assessed_at) > Date.parse(a.assessedAt)) return;
    this.rows.indicator.set(subject, {
      subject,
      record_id: recordId,
      month,
      assessed_at: a.assessedAt,
      outcome: a.outcome,
      complete: a.complete,
      weak_provenance: a.restsOnWeakProvenance,
      child: a.child,
      catalogue_version: a.catalogueVersion,
      rule_version: a.ruleVersion,
      lists: a.lists.map((l) => l.list),
      list_outcomes: a.lists.map((l) => `${l.list}:${l.outcome}`),
      positive_dimensions: a.lists.flatMap((l) =>
        l.dimensions.filter((d) => d.positive).map((d) => `${l.list}:${d.dimension}`),
      ),
      present_indicators: a.lists.flatMap((l) =>
        l.dimensions.flatMap((d) => d.presentIndicatorIds.map((id) => `${l.list}:${d.dimension}:${id}`)),
      ),
    });
  }

  /** A record id seen again in the batch keeps its first row, as a second insert would. */
  private first<T extends StatisticsTableName>(
    rows: Map<string, Row<T>>,
    recordId: string,
    row: Row<T>,
  ): void {
    if (!rows.has(recordId)) rows.set(recordId, row);
  }
}

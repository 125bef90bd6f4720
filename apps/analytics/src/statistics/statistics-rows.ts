import { CompiledQuery } from 'kysely';
import type { EntityManager } from 'typeorm';
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
import { sqlOf } from '@nrm/persistence';
import type { DB as Tables } from '../database/tables.generated';
import type { IndicatorAssessment } from '../stream/derive-records';
import { statements } from './statistics-row-statements';
import type { StatisticsRow, StatisticsTableName } from './statistics-row-statements';

/** The audience whose records the statistics count: national statistics receive every case. */
export const StatisticsAudience: AnalyticsAudience = 'national-statistics';

/** The columns a stage record's row begins with: its id, its subject's pseudonym, the stage and month. */
const stageRecordRow = (
  recordId: string,
  subject: string,
  { stage, month }: { stage: string; month: string },
) => ({
  record_id: recordId,
  subject,
  stage,
  month,
});

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
    referral: new Map<string, StatisticsRow<'stat_referral'>>(),
    notice: new Map<string, StatisticsRow<'stat_notice'>>(),
    caseStage: new Map<string, StatisticsRow<'stat_case_stage'>>(),
    prosecution: new Map<string, StatisticsRow<'stat_prosecution'>>(),
    indicator: new Map<string, StatisticsRow<'stat_indicator_assessment'>>(),
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
          ...stageRecordRow(recordId, subject, s),
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
          ...stageRecordRow(recordId, subject, p),
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
    rows: Map<string, StatisticsRow<T>>,
    recordId: string,
    row: StatisticsRow<T>,
  ): void {
    if (!rows.has(recordId)) rows.set(recordId, row);
  }
}
